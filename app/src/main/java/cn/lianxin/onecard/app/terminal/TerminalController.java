package cn.lianxin.onecard.app.terminal;

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

@Tag(name = "Terminals", description = "POS machines, fee terminals, door controllers and outlet readers with their PSAMs")
@RestController
@RequestMapping("/api/terminals")
class TerminalController {

    private final TerminalService service;
    private final CurrentStaff staff;

    TerminalController(TerminalService service, CurrentStaff staff) {
        this.service = service;
        this.staff = staff;
    }

    @GetMapping
    PageView<TerminalView> list(@RequestParam(required = false) String communityId,
                                @RequestParam(required = false) String outletId,
                                @RequestParam(required = false) TerminalKind kind,
                                @RequestParam(required = false) Boolean active,
                                @PageableDefault(size = 50, sort = "terminalId") Pageable pageable) {
        return PageView.of(service.list(communityId, outletId, kind, active, pageable, staff.scope()), TerminalView::of);
    }

    @GetMapping("/{terminalId}")
    TerminalView get(@PathVariable String terminalId) {
        return TerminalView.of(service.get(terminalId, staff.scope()));
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasRole('centre-admin')")
    TerminalView register(@Valid @RequestBody TerminalRequest request) {
        return TerminalView.of(service.register(request, staff.scope()));
    }

    @PutMapping("/{terminalId}")
    @PreAuthorize("hasRole('centre-admin')")
    TerminalView update(@PathVariable String terminalId, @Valid @RequestBody TerminalRequest request) {
        return TerminalView.of(service.update(terminalId, request, staff.scope()));
    }

    @PostMapping("/{terminalId}/deactivate")
    @PreAuthorize("hasRole('centre-admin')")
    TerminalView deactivate(@PathVariable String terminalId) {
        return TerminalView.of(service.deactivate(terminalId, staff.scope()));
    }
}
