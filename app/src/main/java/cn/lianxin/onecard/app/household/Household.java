package cn.lianxin.onecard.app.household;

import cn.lianxin.onecard.app.archive.ArchiveRecord;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/**
 * A household: one dwelling (building, unit, room) that is billed the property fee. Its floor
 * area is an exact decimal of square metres with two places.
 */
@Entity
@Table(name = "household")
public class Household extends ArchiveRecord {

    @Id
    @Column(name = "household_id", length = 12)
    private String householdId;

    @Column(name = "community_id", nullable = false, length = 8)
    private String communityId;

    @Column(name = "building_id", nullable = false)
    private Long buildingId;

    @Column(name = "unit_no", nullable = false)
    private String unitNo;

    @Column(name = "room_no", nullable = false)
    private String roomNo;

    @Column(name = "floor_area", nullable = false, precision = 8, scale = 2)
    private BigDecimal floorArea;

    @Enumerated(EnumType.STRING)
    @Column(name = "household_type", nullable = false)
    private HouseholdType householdType;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Occupancy occupancy;

    protected Household() {
    }

    Household(String householdId) {
        this.householdId = householdId;
    }

    public String getHouseholdId() {
        return householdId;
    }

    public String getCommunityId() {
        return communityId;
    }

    public Long getBuildingId() {
        return buildingId;
    }

    public String getUnitNo() {
        return unitNo;
    }

    public String getRoomNo() {
        return roomNo;
    }

    public BigDecimal getFloorArea() {
        return floorArea;
    }

    public HouseholdType getHouseholdType() {
        return householdType;
    }

    public Occupancy getOccupancy() {
        return occupancy;
    }

    void describe(Building building, HouseholdRequest request) {
        this.buildingId = building.getBuildingId();
        this.communityId = building.getCommunityId();
        this.unitNo = request.unitNo();
        this.roomNo = request.roomNo();
        this.floorArea = request.floorArea().setScale(2);
        this.householdType = request.householdType();
        this.occupancy = request.occupancy();
    }
}
