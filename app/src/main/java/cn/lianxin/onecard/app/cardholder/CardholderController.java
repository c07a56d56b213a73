package cn.lianxin.onecard.app.cardholder;

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

@Tag(name = "Cardholders", description = "Certificate numbers are stored only as a salted hash and their last 4 characters")
@RestController
@RequestMapping("/api/cardholders")
class CardholderController {

    private static final String MAY_CHANGE = "hasAnyRole('centre-admin', 'outlet-clerk', 'community-staff')";

    private final CardholderService service;
    private final CurrentStaff staff;

    CardholderController(CardholderService service, CurrentStaff staff) {
        this.service = service;
        this.staff = staff;
    }

    @GetMapping
    PageView<CardholderView> list(@RequestParam(required = false) String householdId,
                                  @RequestParam(required = false) HolderCategory holderCategory,
                                  @RequestParam(required = false) String name,
                                  @RequestParam(required = false) Boolean active,
                                  @PageableDefault(size = 50, sort = "cardholderId") Pageable pageable) {
        return PageView.of(service.list(householdId, holderCategory, name, active, pageable, staff.scope()),
                CardholderView::of);
    }

    @GetMapping("/{cardholderId}")
    CardholderView get(@PathVariable Long cardholderId) {
        return CardholderView.of(service.get(cardholderId, staff.scope()));
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(MAY_CHANGE)
    CardholderView register(@Valid @RequestBody CardholderRequest request) {
        return CardholderView.of(service.register(request, staff.scope()));
    }

    @PutMapping("/{cardholderId}")
    @PreAuthorize(MAY_CHANGE)
    CardholderView update(@PathVariable Long cardholderId, @Valid @RequestBody CardholderRequest request) {
        return CardholderView.of(service.update(cardholderId, request, staff.scope()));
    }

    @PostMapping("/{cardholderId}/deactivate")
    @PreAuthorize(MAY_CHANGE)
    CardholderView deactivate(@PathVariable Long cardholderId) {
        return CardholderView.of(service.deactivate(cardholderId, staff.scope()));
    }
}
