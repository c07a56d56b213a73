package cn.lianxin.onecard.app.card;

import static cn.lianxin.onecard.app.archive.Identifiers.CARD_NO;
import static cn.lianxin.onecard.app.archive.Identifiers.CARD_NO_MESSAGE;

import cn.lianxin.onecard.app.cardholder.CardholderService;
import cn.lianxin.onecard.app.security.CommunityScope;
import cn.lianxin.onecard.app.security.CurrentStaff;
import cn.lianxin.onecard.app.web.InvalidFieldException;
import cn.lianxin.onecard.app.web.NotFoundException;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Cards", description = "Issue, tap, recharge, community sign-off, activation and loss of cards at outlet readers")
@RestController
@RequestMapping("/api")
class CardController {

    private static final String AT_OUTLETS = "hasAnyRole('centre-admin', 'outlet-clerk')";
    private static final String AT_READERS = "hasAnyRole('centre-admin', 'outlet-clerk', 'community-staff')";

    private final CardOperations operations;
    private final CardProcessService processes;
    private final CurrentStaff staff;
    private final CardholderService cardholders;

    CardController(CardOperations operations, CardProcessService processes, CurrentStaff staff,
                   CardholderService cardholders) {
        this.operations = operations;
        this.processes = processes;
        this.staff = staff;
        this.cardholders = cardholders;
    }

    @PostMapping("/card-applications")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(AT_OUTLETS)
    CardProcessService.ApplicationView apply(@Valid @RequestBody ApplicationRequest request) {
        return processes.apply(request, staff.user().userId());
    }

    @GetMapping("/card-applications/{applicationId}")
    @PreAuthorize(AT_READERS)
    CardProcessService.ApplicationView application(@PathVariable String applicationId) {
        CardProcessService.ApplicationView view = processes.view(applicationId);
        // community staff see the applications of their communities' households only
        if (!staff.scope().includes(view.application().communityId())) {
            throw new NotFoundException("card application", applicationId);
        }
        return view;
    }

    /** The clerk names the application whose card lies on the reader (when several wait at the outlet). */
    @PostMapping("/card-applications/{applicationId}/card-presented")
    @PreAuthorize(AT_OUTLETS)
    CardProcessService.ApplicationView cardPresented(@PathVariable String applicationId,
                                                     @Valid @RequestBody CardRequests.OnReader request) {
        return processes.cardPresented(applicationId, request.readerId());
    }

    @PostMapping("/cards/issue")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(AT_OUTLETS)
    IssuedCard issue(@Valid @RequestBody IssueCommand command) {
        return operations.issue(command, staff.user().userId());
    }

    @GetMapping("/cards/{cardNo}")
    CardView card(@PathVariable String cardNo) {
        return visible(operations.view(validCardNo(cardNo)));
    }

    @GetMapping("/cards/{cardNo}/history")
    List<CardEvent> history(@PathVariable String cardNo) {
        visible(operations.view(validCardNo(cardNo)));
        return operations.history(cardNo);
    }

    @PostMapping("/cards/{cardNo}/recharge")
    @PreAuthorize(AT_OUTLETS)
    RechargeReceipt recharge(@PathVariable String cardNo, @Valid @RequestBody CardRequests.Recharge request) {
        return operations.recharge(validCardNo(cardNo), request.amountFen(), request.readerId(), staff.user().userId());
    }

    @PostMapping("/cards/{cardNo}/sign-off")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAnyRole('centre-admin', 'community-staff')")
    SignOff signOff(@PathVariable String cardNo, @Valid @RequestBody CardRequests.SignOff request) {
        ofCallersCommunities(validCardNo(cardNo));
        return operations.signOff(validCardNo(cardNo), request.householdId(), request.readerId(), staff.user().userId(),
                staff.scope());
    }

    @PostMapping("/cards/{cardNo}/activate")
    @PreAuthorize(AT_READERS)
    CardView activate(@PathVariable String cardNo, @Valid @RequestBody CardRequests.Place request) {
        ofCallersCommunities(validCardNo(cardNo));
        operations.activate(validCardNo(cardNo), staff.user().userId(), request.place());
        return operations.view(cardNo);
    }

    @PostMapping("/cards/{cardNo}/report-loss")
    @PreAuthorize(AT_OUTLETS)
    CardView reportLoss(@PathVariable String cardNo, @Valid @RequestBody CardRequests.Place request) {
        return processes.reportLoss(validCardNo(cardNo), staff.user().userId(), request.place());
    }

    @PostMapping("/cards/{cardNo}/replace")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(AT_OUTLETS)
    Replacement replace(@PathVariable String cardNo, @Valid @RequestBody IssueCommand command) {
        return processes.replace(validCardNo(cardNo), command, staff.user().userId());
    }

    @PostMapping("/cards/{cardNo}/return")
    @PreAuthorize(AT_OUTLETS)
    ReturnReceipt returnCard(@PathVariable String cardNo, @Valid @RequestBody CardRequests.OnReader request) {
        return operations.returnCard(validCardNo(cardNo), request.readerId(), staff.user().userId());
    }

    /** Normally done by the CardLossAndReplacement process when the cooling period ends. */
    @PostMapping("/cards/{cardNo}/transfer-balance")
    @PreAuthorize("hasRole('centre-admin')")
    BalanceTransfer transferBalance(@PathVariable String cardNo) {
        return operations.transferBalance(validCardNo(cardNo), staff.user().userId());
    }

    /** The cards whose taps showed what the records do not explain, newest first. */
    @GetMapping("/card-flags")
    @PreAuthorize("hasAnyRole('centre-admin', 'outlet-clerk', 'auditor', 'finance')")
    List<FlaggedCard> openFlags(@RequestParam(defaultValue = "200") int limit) {
        return operations.openFlags(Math.max(1, Math.min(limit, 1000)));
    }

    @PostMapping("/card-flags/{flagId}/resolve")
    @PreAuthorize("hasRole('centre-admin')")
    void resolveFlag(@PathVariable long flagId, @RequestBody java.util.Map<String, String> body) {
        operations.resolveFlag(flagId, body.get("note"), staff.user().userId());
    }

    @PostMapping("/readers/{readerId}/tap")
    @PreAuthorize(AT_READERS)
    TapResult tap(@PathVariable String readerId) {
        return operations.tap(readerId, staff.user().userId());
    }

    /** Community staff see the cards signed off in their communities; everyone else every card. */
    private CardView visible(CardView card) {
        CommunityScope scope = staff.scope();
        if (!scope.unrestricted() && card.signOffs().stream().noneMatch(s -> scope.includes(s.communityId()))) {
            throw new NotFoundException("card", card.cardNo());
        }
        return card;
    }

    /**
     * A card community staff may act on: signed off in one of their communities, or held by a
     * cardholder of one of their households. Any other card is "not found" to them, as it is to
     * {@link #card}; every other role works city-wide.
     */
    private CardView ofCallersCommunities(String cardNo) {
        CardView card = operations.view(cardNo);
        CommunityScope scope = staff.scope();
        if (scope.unrestricted() || card.signOffs().stream().anyMatch(s -> scope.includes(s.communityId()))) {
            return card;
        }
        if (card.cardholderId() != null) {
            try {
                cardholders.get(card.cardholderId(), scope);
                return card;
            } catch (NotFoundException holderOfAnotherCommunity) {
                // falls through
            }
        }
        throw new NotFoundException("card", cardNo);
    }

    private static String validCardNo(String cardNo) {
        if (!cardNo.matches(CARD_NO)) {
            throw new InvalidFieldException("cardNo", CARD_NO_MESSAGE);
        }
        return cardNo;
    }
}
