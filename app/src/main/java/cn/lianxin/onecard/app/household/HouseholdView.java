package cn.lianxin.onecard.app.household;

import java.math.BigDecimal;
import java.time.Instant;

public record HouseholdView(String householdId, String communityId, Long buildingId, String unitNo, String roomNo,
                            BigDecimal floorArea, HouseholdType householdType, Occupancy occupancy, boolean active,
                            Instant createdAt, Instant updatedAt) {

    static HouseholdView of(Household household) {
        return new HouseholdView(household.getHouseholdId(), household.getCommunityId(), household.getBuildingId(),
                household.getUnitNo(), household.getRoomNo(), household.getFloorArea(), household.getHouseholdType(),
                household.getOccupancy(), household.isActive(), household.getCreatedAt(), household.getUpdatedAt());
    }
}
