package cn.lianxin.onecard.app.household;

/** The filters of the household listing; each absent one filters nothing. */
public record HouseholdFilter(String communityId, Long buildingId, HouseholdType householdType, Occupancy occupancy,
                              Boolean active) {
}
