package cn.lianxin.onecard.app.household;

import cn.lianxin.onecard.app.security.CurrentStaff;
import cn.lianxin.onecard.app.web.PageView;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Buildings and households", description = "Community staff see and change only their own communities")
@RestController
@RequestMapping("/api")
class HouseholdController {

    private static final String MAY_CHANGE = "hasAnyRole('centre-admin', 'community-staff')";

    private final HouseholdService service;
    private final CurrentStaff staff;

    HouseholdController(HouseholdService service, CurrentStaff staff) {
        this.service = service;
        this.staff = staff;
    }

    @GetMapping("/buildings")
    PageView<BuildingView> buildings(@RequestParam(required = false) String communityId,
                                     @RequestParam(required = false) String name,
                                     @RequestParam(required = false) Boolean active,
                                     @PageableDefault(size = 50, sort = "buildingId") Pageable pageable) {
        return PageView.of(service.listBuildings(communityId, name, active, pageable, staff.scope()), BuildingView::of);
    }

    @GetMapping("/buildings/{buildingId}")
    BuildingView building(@PathVariable Long buildingId) {
        return BuildingView.of(service.getBuilding(buildingId, staff.scope()));
    }

    @PostMapping("/buildings")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(MAY_CHANGE)
    BuildingView createBuilding(@Valid @RequestBody BuildingRequest request) {
        return BuildingView.of(service.createBuilding(request, staff.scope()));
    }

    @PutMapping("/buildings/{buildingId}")
    @PreAuthorize(MAY_CHANGE)
    BuildingView updateBuilding(@PathVariable Long buildingId, @Valid @RequestBody BuildingRequest request) {
        return BuildingView.of(service.updateBuilding(buildingId, request, staff.scope()));
    }

    @PostMapping("/buildings/{buildingId}/deactivate")
    @PreAuthorize(MAY_CHANGE)
    BuildingView deactivateBuilding(@PathVariable Long buildingId) {
        return BuildingView.of(service.deactivateBuilding(buildingId, staff.scope()));
    }

    @GetMapping("/households")
    PageView<HouseholdView> households(@RequestParam(required = false) String communityId,
                                       @RequestParam(required = false) Long buildingId,
                                       @RequestParam(required = false) HouseholdType householdType,
                                       @RequestParam(required = false) Occupancy occupancy,
                                       @RequestParam(required = false) Boolean active,
                                       @PageableDefault(size = 50, sort = "householdId") Pageable pageable) {
        HouseholdFilter filter = new HouseholdFilter(communityId, buildingId, householdType, occupancy, active);
        return PageView.of(service.list(filter, pageable, staff.scope()), HouseholdView::of);
    }

    @GetMapping("/households/{householdId}")
    HouseholdView household(@PathVariable String householdId) {
        return HouseholdView.of(service.get(householdId, staff.scope()));
    }

    @PostMapping("/households")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(MAY_CHANGE)
    HouseholdView createHousehold(@Valid @RequestBody HouseholdRequest request) {
        return HouseholdView.of(service.create(request, staff.scope()));
    }

    @PutMapping("/households/{householdId}")
    @PreAuthorize(MAY_CHANGE)
    HouseholdView updateHousehold(@PathVariable String householdId, @Valid @RequestBody HouseholdRequest request) {
        return HouseholdView.of(service.update(householdId, request, staff.scope()));
    }

    @PostMapping("/households/{householdId}/deactivate")
    @PreAuthorize(MAY_CHANGE)
    HouseholdView deactivateHousehold(@PathVariable String householdId) {
        return HouseholdView.of(service.deactivate(householdId, staff.scope()));
    }
}
