package cn.lianxin.onecard.app.household;

import java.time.Instant;

public record BuildingView(Long buildingId, String communityId, String buildingNo, String name,
                           BuildingType buildingType, int floors, boolean active, Instant createdAt, Instant updatedAt) {

    static BuildingView of(Building building) {
        return new BuildingView(building.getBuildingId(), building.getCommunityId(), building.getBuildingNo(),
                building.getName(), building.getBuildingType(), building.getFloors(), building.isActive(),
                building.getCreatedAt(), building.getUpdatedAt());
    }
}
