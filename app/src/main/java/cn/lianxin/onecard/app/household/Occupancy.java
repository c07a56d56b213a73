package cn.lianxin.onecard.app.household;

/** Whether a household is lived in; vacant households get the vacancy discount. */
public enum Occupancy {
    OCCUPIED, VACANT, RENTED
}
