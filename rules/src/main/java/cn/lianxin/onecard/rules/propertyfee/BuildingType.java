package cn.lianxin.onecard.rules.propertyfee;

/** The kind of building a household is in; the unit price depends on it. */
public enum BuildingType {
    /** 高层住宅 */
    HIGH_RISE,
    /** 多层住宅 */
    MULTI_STOREY,
    /** 别墅 */
    VILLA,
    /** 商铺 */
    SHOP
}
