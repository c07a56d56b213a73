package cn.lianxin.onecard.app.household;

import cn.lianxin.onecard.app.archive.ArchiveRecord;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A building of a community. */
@Entity
@Table(name = "building")
public class Building extends ArchiveRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "building_id")
    private Long buildingId;

    @Column(name = "community_id", nullable = false, length = 8)
    private String communityId;

    @Column(name = "building_no", nullable = false)
    private String buildingNo;

    @Column(nullable = false)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "building_type", nullable = false)
    private BuildingType buildingType;

    @Column(nullable = false)
    private int floors;

    protected Building() {
    }

    Building(String communityId) {
        this.communityId = communityId;
    }

    public Long getBuildingId() {
        return buildingId;
    }

    public String getCommunityId() {
        return communityId;
    }

    public String getBuildingNo() {
        return buildingNo;
    }

    public String getName() {
        return name;
    }

    public BuildingType getBuildingType() {
        return buildingType;
    }

    public int getFloors() {
        return floors;
    }

    void describe(BuildingRequest request) {
        this.buildingNo = request.buildingNo();
        this.name = request.name();
        this.buildingType = request.buildingType();
        this.floors = request.floors();
    }
}
