package cn.lianxin.onecard.app.household;

/** Building types; the fee rules price floor area by building type. */
public enum BuildingType {
    HIGH_RISE, MID_RISE, LOW_RISE, VILLA, COMMERCIAL
}
