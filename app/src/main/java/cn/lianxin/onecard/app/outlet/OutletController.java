package cn.lianxin.onecard.app.outlet;

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

@Tag(name = "Outlets", description = "Recharge outlets of the card company")
@RestController
@RequestMapping("/api/outlets")
class OutletController {

    private final OutletService service;

    OutletController(OutletService service) {
        this.service = service;
    }

    @GetMapping
    PageView<OutletView> list(@RequestParam(required = false) String name,
                              @RequestParam(required = false) Boolean active,
                              @PageableDefault(size = 50, sort = "outletId") Pageable pageable) {
        return PageView.of(service.list(name, active, pageable), OutletView::of);
    }

    @GetMapping("/{outletId}")
    OutletView get(@PathVariable String outletId) {
        return OutletView.of(service.get(outletId));
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasRole('centre-admin')")
    OutletView create(@Valid @RequestBody OutletRequest request) {
        return OutletView.of(service.create(request));
    }

    @PutMapping("/{outletId}")
    @PreAuthorize("hasRole('centre-admin')")
    OutletView update(@PathVariable String outletId, @Valid @RequestBody OutletRequest request) {
        return OutletView.of(service.update(outletId, request));
    }

    @PostMapping("/{outletId}/deactivate")
    @PreAuthorize("hasRole('centre-admin')")
    OutletView deactivate(@PathVariable String outletId) {
        return OutletView.of(service.deactivate(outletId));
    }
}
