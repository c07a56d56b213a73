package cn.lianxin.onecard.app.party;

import cn.lianxin.onecard.app.web.PageView;
import io.swagger.v3.oas.annotations.tags.Tag;
import cn.lianxin.onecard.app.security.CurrentStaff;
import jakarta.validation.Valid;
import java.util.Map;
import java.util.Set;
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

@Tag(name = "Resource parties", description = "Industries that take card payments, and their contracts")
@RestController
@RequestMapping("/api/resource-parties")
@PreAuthorize("hasAnyRole('centre-admin', 'finance', 'auditor')")
class ResourcePartyController {

    private final ResourcePartyService service;
    private final SectorGrantService grants;
    private final CurrentStaff staff;

    ResourcePartyController(ResourcePartyService service, SectorGrantService grants, CurrentStaff staff) {
        this.service = service;
        this.grants = grants;
        this.staff = staff;
    }

    /** Information access: the card sectors the party may use. */
    @GetMapping("/{partyCode}/sector-grants")
    Map<String, Object> sectorGrants(@PathVariable String partyCode) {
        return Map.of("partyCode", partyCode, "sectors", grants.grants(partyCode));
    }

    @PutMapping("/{partyCode}/sector-grants")
    @PreAuthorize("hasRole('centre-admin')")
    Map<String, Object> grantSectors(@PathVariable String partyCode,
                                   @Valid @RequestBody SectorGrantRequest request) {
        return Map.of("partyCode", partyCode, "sectors", grants.replaceGrants(partyCode, request.sectors(),
                staff.user().userId()));
    }

    /** The complete set of sectors a party may use (replaces the previous grants). */
    record SectorGrantRequest(
            @jakarta.validation.constraints.NotNull(message = "is required: the complete set of sector numbers the party may use ([] for none)")
            Set<@jakarta.validation.constraints.NotNull(message = "must be sector numbers, not null") Integer> sectors) {
    }

    @GetMapping
    PageView<ResourcePartyView> list(@RequestParam(required = false) Industry industry,
                                     @RequestParam(required = false) String name,
                                     @RequestParam(required = false) Boolean active,
                                     @PageableDefault(size = 50, sort = "partyCode") Pageable pageable) {
        return PageView.of(service.list(industry, name, active, pageable), ResourcePartyView::of);
    }

    @GetMapping("/{partyCode}")
    ResourcePartyView get(@PathVariable String partyCode) {
        return ResourcePartyView.of(service.get(partyCode));
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasRole('centre-admin')")
    ResourcePartyView create(@Valid @RequestBody ResourcePartyRequest request) {
        return ResourcePartyView.of(service.create(request));
    }

    @PutMapping("/{partyCode}")
    @PreAuthorize("hasRole('centre-admin')")
    ResourcePartyView update(@PathVariable String partyCode, @Valid @RequestBody ResourcePartyRequest request) {
        return ResourcePartyView.of(service.update(partyCode, request));
    }

    @PostMapping("/{partyCode}/deactivate")
    @PreAuthorize("hasRole('centre-admin')")
    ResourcePartyView deactivate(@PathVariable String partyCode) {
        return ResourcePartyView.of(service.deactivate(partyCode));
    }

    @GetMapping("/{partyCode}/contracts")
    PageView<PartyContractView> contracts(@PathVariable String partyCode,
                                          @RequestParam(required = false) Boolean active,
                                          @PageableDefault(size = 50, sort = "contractNo") Pageable pageable) {
        return PageView.of(service.contracts(partyCode, active, pageable), PartyContractView::of);
    }

    @GetMapping("/{partyCode}/contracts/{contractNo}")
    PartyContractView contract(@PathVariable String partyCode, @PathVariable String contractNo) {
        return PartyContractView.of(service.contract(partyCode, contractNo));
    }

    @PostMapping("/{partyCode}/contracts")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasRole('centre-admin')")
    PartyContractView createContract(@PathVariable String partyCode, @Valid @RequestBody PartyContractRequest request) {
        return PartyContractView.of(service.createContract(partyCode, request));
    }

    @PutMapping("/{partyCode}/contracts/{contractNo}")
    @PreAuthorize("hasRole('centre-admin')")
    PartyContractView updateContract(@PathVariable String partyCode, @PathVariable String contractNo,
                                     @Valid @RequestBody PartyContractRequest request) {
        return PartyContractView.of(service.updateContract(partyCode, contractNo, request));
    }

    @PostMapping("/{partyCode}/contracts/{contractNo}/deactivate")
    @PreAuthorize("hasRole('centre-admin')")
    PartyContractView deactivateContract(@PathVariable String partyCode, @PathVariable String contractNo) {
        return PartyContractView.of(service.deactivateContract(partyCode, contractNo));
    }
}
