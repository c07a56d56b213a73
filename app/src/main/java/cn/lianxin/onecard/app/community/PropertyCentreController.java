package cn.lianxin.onecard.app.community;

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

@Tag(name = "Property centres")
@RestController
@RequestMapping("/api/property-centres")
class PropertyCentreController {

    private final CommunityService service;

    PropertyCentreController(CommunityService service) {
        this.service = service;
    }

    @GetMapping
    PageView<PropertyCentreView> list(@RequestParam(required = false) String name,
                                      @RequestParam(required = false) Boolean active,
                                      @PageableDefault(size = 50, sort = "centreId") Pageable pageable) {
        return PageView.of(service.listCentres(name, active, pageable), PropertyCentreView::of);
    }

    @GetMapping("/{centreId}")
    PropertyCentreView get(@PathVariable String centreId) {
        return PropertyCentreView.of(service.getCentre(centreId));
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasRole('centre-admin')")
    PropertyCentreView create(@Valid @RequestBody PropertyCentreRequest request) {
        return PropertyCentreView.of(service.createCentre(request));
    }

    @PutMapping("/{centreId}")
    @PreAuthorize("hasRole('centre-admin')")
    PropertyCentreView update(@PathVariable String centreId, @Valid @RequestBody PropertyCentreRequest request) {
        return PropertyCentreView.of(service.updateCentre(centreId, request));
    }

    @PostMapping("/{centreId}/deactivate")
    @PreAuthorize("hasRole('centre-admin')")
    PropertyCentreView deactivate(@PathVariable String centreId) {
        return PropertyCentreView.of(service.deactivateCentre(centreId));
    }
}
