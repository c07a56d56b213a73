package cn.lianxin.onecard.rules.propertyfee;

/** The category of the household's card holder; some categories get a discount. */
public enum HolderCategory {
    /** No discount category. */
    STANDARD,
    /** 老年人 */
    SENIOR,
    /** 低保 / 补贴户 */
    SUBSIDISED,
    /** 物业员工 */
    STAFF
}
