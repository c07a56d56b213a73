package cn.lianxin.onecard.app.community;

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

@Tag(name = "Communities", description = "Communities under a property centre; community staff see only their own")
@RestController
@RequestMapping("/api/communities")
class CommunityController {

    private final CommunityService service;
    private final CurrentStaff staff;

    CommunityController(CommunityService service, CurrentStaff staff) {
        this.service = service;
        this.staff = staff;
    }

    @GetMapping
    PageView<CommunityView> list(@RequestParam(required = false) String centreId,
                                 @RequestParam(required = false) String name,
                                 @RequestParam(required = false) Boolean active,
                                 @PageableDefault(size = 50, sort = "communityId") Pageable pageable) {
        return PageView.of(service.list(centreId, name, active, pageable, staff.scope()), CommunityView::of);
    }

    @GetMapping("/{communityId}")
    CommunityView get(@PathVariable String communityId) {
        return CommunityView.of(service.get(communityId, staff.scope()));
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasRole('centre-admin')")
    CommunityView create(@Valid @RequestBody CommunityRequest request) {
        return CommunityView.of(service.create(request));
    }

    @PutMapping("/{communityId}")
    @PreAuthorize("hasRole('centre-admin')")
    CommunityView update(@PathVariable String communityId, @Valid @RequestBody CommunityRequest request) {
        return CommunityView.of(service.update(communityId, request, staff.scope()));
    }

    @PostMapping("/{communityId}/deactivate")
    @PreAuthorize("hasRole('centre-admin')")
    CommunityView deactivate(@PathVariable String communityId) {
        return CommunityView.of(service.deactivate(communityId));
    }
}
