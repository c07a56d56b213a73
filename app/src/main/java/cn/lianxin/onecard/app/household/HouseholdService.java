package cn.lianxin.onecard.app.household;

import cn.lianxin.onecard.app.archive.Archive;
import cn.lianxin.onecard.app.archive.Filters;
import cn.lianxin.onecard.app.archive.References;
import cn.lianxin.onecard.app.community.CommunityService;
import cn.lianxin.onecard.app.security.CommunityScope;
import cn.lianxin.onecard.app.web.ConflictException;
import cn.lianxin.onecard.app.web.InvalidFieldException;
import java.time.Clock;
import java.util.Objects;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Buildings and households, scoped to the caller's communities; one transaction per operation. */
@Service
@Transactional
public class HouseholdService {

    private final BuildingRepository buildings;
    private final HouseholdRepository households;
    private final CommunityService communities;
    private final Archive<Building, Long> buildingArchive;
    private final Archive<Household, String> householdArchive;

    HouseholdService(BuildingRepository buildings, HouseholdRepository households, CommunityService communities,
                     Clock clock) {
        this.buildings = buildings;
        this.households = households;
        this.communities = communities;
        this.buildingArchive = Archive.perCommunity("building", "buildingId", buildings,
                Filters.communityAttribute("communityId"), Building::getCommunityId, clock);
        this.householdArchive = Archive.perCommunity("household", "householdId", households,
                Filters.communityAttribute("communityId"), Household::getCommunityId, clock);
    }

    @Transactional(readOnly = true)
    public Page<Building> listBuildings(String communityId, String name, Boolean active, Pageable pageable,
                                        CommunityScope scope) {
        return buildingArchive.list(Filters.allOf(Filters.equal("communityId", communityId),
                Filters.contains("name", name), Filters.equal("active", active)), pageable, scope);
    }

    @Transactional(readOnly = true)
    public Building getBuilding(Long buildingId, CommunityScope scope) {
        return buildingArchive.get(buildingId, scope);
    }

    public Building createBuilding(BuildingRequest request, CommunityScope scope) {
        communities.requireActive("communityId", request.communityId());
        requireFreeBuildingNo(request.communityId(), request.buildingNo());
        Building building = new Building(request.communityId());
        building.describe(request);
        return buildingArchive.create(null, building, scope);
    }

    public Building updateBuilding(Long buildingId, BuildingRequest request, CommunityScope scope) {
        Building current = buildingArchive.get(buildingId, scope);
        References.requireSameId("communityId", current.getCommunityId(), request.communityId());
        if (!current.getBuildingNo().equals(request.buildingNo())) {
            requireFreeBuildingNo(request.communityId(), request.buildingNo());
        }
        return buildingArchive.update(buildingId, scope, building -> building.describe(request));
    }

    public Building deactivateBuilding(Long buildingId, CommunityScope scope) {
        return buildingArchive.deactivate(buildingId, scope);
    }

    @Transactional(readOnly = true)
    public Page<Household> list(HouseholdFilter filter, Pageable pageable, CommunityScope scope) {
        return householdArchive.list(Filters.allOf(
                Filters.equal("communityId", filter.communityId()),
                Filters.equal("buildingId", filter.buildingId()),
                Filters.equal("householdType", filter.householdType()),
                Filters.equal("occupancy", filter.occupancy()),
                Filters.equal("active", filter.active())), pageable, scope);
    }

    @Transactional(readOnly = true)
    public Household get(String householdId, CommunityScope scope) {
        return householdArchive.get(householdId, scope);
    }

    public Household create(HouseholdRequest request, CommunityScope scope) {
        Building building = activeBuilding(request.buildingId(), scope);
        requireFreeRoom(building, request);
        Household household = new Household(request.householdId());
        household.describe(building, request);
        return householdArchive.create(request.householdId(), household, scope);
    }

    public Household update(String householdId, HouseholdRequest request, CommunityScope scope) {
        References.requireSameId("householdId", householdId, request.householdId());
        Household current = householdArchive.get(householdId, scope);
        Building building = activeBuilding(request.buildingId(), scope);
        if (!building.getCommunityId().equals(current.getCommunityId())) {
            throw new InvalidFieldException("buildingId", "building " + request.buildingId() + " is in community "
                    + building.getCommunityId() + "; a household cannot move to another community");
        }
        boolean moved = !Objects.equals(current.getBuildingId(), building.getBuildingId())
                || !current.getUnitNo().equals(request.unitNo()) || !current.getRoomNo().equals(request.roomNo());
        if (moved) {
            requireFreeRoom(building, request);
        }
        return householdArchive.update(householdId, scope, household -> household.describe(building, request));
    }

    public Household deactivate(String householdId, CommunityScope scope) {
        return householdArchive.deactivate(householdId, scope);
    }

    /** For other features: the household must exist, be active and lie in the caller's scope. */
    @Transactional(readOnly = true)
    public Household requireActive(String field, String householdId, CommunityScope scope) {
        Household household = References.requireActive(households.findById(householdId), field, "household", householdId);
        if (!scope.includes(household.getCommunityId())) {
            throw new InvalidFieldException(field, "no household " + householdId);
        }
        return household;
    }

    private Building activeBuilding(Long buildingId, CommunityScope scope) {
        Building building = References.requireActive(buildings.findById(buildingId), "buildingId", "building", buildingId);
        if (!scope.includes(building.getCommunityId())) {
            throw new InvalidFieldException("buildingId", "no building " + buildingId);
        }
        return building;
    }

    private void requireFreeBuildingNo(String communityId, String buildingNo) {
        if (buildings.existsByCommunityIdAndBuildingNo(communityId, buildingNo)) {
            throw new ConflictException("buildingNo", "community " + communityId + " already has building " + buildingNo);
        }
    }

    private void requireFreeRoom(Building building, HouseholdRequest request) {
        if (households.existsByBuildingIdAndUnitNoAndRoomNo(building.getBuildingId(), request.unitNo(), request.roomNo())) {
            throw new ConflictException("roomNo", "building " + building.getBuildingNo() + " unit " + request.unitNo()
                    + " room " + request.roomNo() + " is already a household");
        }
    }
}
