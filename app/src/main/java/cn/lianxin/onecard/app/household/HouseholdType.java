package cn.lianxin.onecard.app.household;

public enum HouseholdType {
    RESIDENTIAL, COMMERCIAL, AFFORDABLE
}
