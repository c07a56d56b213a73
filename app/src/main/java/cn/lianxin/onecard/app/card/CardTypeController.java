package cn.lianxin.onecard.app.card;

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

@Tag(name = "Card types")
@RestController
@RequestMapping("/api/card-types")
class CardTypeController {

    private final CardTypeService service;

    CardTypeController(CardTypeService service) {
        this.service = service;
    }

    @GetMapping
    PageView<CardTypeView> list(@RequestParam(required = false) String name,
                                @RequestParam(required = false) Boolean active,
                                @PageableDefault(size = 50, sort = "cardTypeCode") Pageable pageable) {
        return PageView.of(service.list(name, active, pageable), CardTypeView::of);
    }

    @GetMapping("/{code}")
    CardTypeView get(@PathVariable String code) {
        return CardTypeView.of(service.get(code));
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasRole('centre-admin')")
    CardTypeView create(@Valid @RequestBody CardTypeRequest request) {
        return CardTypeView.of(service.create(request));
    }

    @PutMapping("/{code}")
    @PreAuthorize("hasRole('centre-admin')")
    CardTypeView update(@PathVariable String code, @Valid @RequestBody CardTypeRequest request) {
        return CardTypeView.of(service.update(code, request));
    }

    @PostMapping("/{code}/deactivate")
    @PreAuthorize("hasRole('centre-admin')")
    CardTypeView deactivate(@PathVariable String code) {
        return CardTypeView.of(service.deactivate(code));
    }
}
