package cn.lianxin.onecard.app.blacklist;

import cn.lianxin.onecard.app.security.CurrentStaff;
import cn.lianxin.onecard.integration.exchange.ConfirmationReceiver.ConfirmationOutcome;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Blacklists", description = "Blacklist versions per community, and the communities' confirmations (BLA)")
@RestController
@RequestMapping("/api/communities/{communityId}")
class BlacklistController {

    static final String CENTRE_OR_OWN_COMMUNITY = "hasAnyRole('centre-admin', 'community-staff')";

    private final BlacklistVersions versions;
    private final BlacklistConfirmations confirmations;
    private final CurrentStaff staff;

    BlacklistController(BlacklistVersions versions, BlacklistConfirmations confirmations, CurrentStaff staff) {
        this.versions = versions;
        this.confirmations = confirmations;
        this.staff = staff;
    }

    /** Every blacklist version of the community, newest first, with whether and when it was confirmed. */
    @GetMapping("/blacklist/versions")
    @PreAuthorize(CENTRE_OR_OWN_COMMUNITY)
    List<BlacklistVersionView> versions(@PathVariable String communityId) {
        staff.requireCommunity(communityId);
        return versions.versions(communityId);
    }

    /**
     * A community puts its confirmation {@code BLA_<community>_<version10>.DAT}: 200 recorded (or
     * recorded before), 422 refused with the reason.
     */
    @PutMapping(path = "/confirmations/{fileName}", consumes = "*/*")
    @PreAuthorize(CENTRE_OR_OWN_COMMUNITY)
    ResponseEntity<Object> confirm(@PathVariable String communityId, @PathVariable String fileName,
                                   @RequestBody(required = false) byte[] content) {
        staff.requireCommunity(communityId);
        ConfirmationOutcome outcome = confirmations.record(communityId, fileName, content == null ? new byte[0] : content);
        if (outcome.accepted()) {
            return ResponseEntity.ok(outcome);
        }
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_ENTITY, outcome.reason());
        problem.setTitle("Confirmation refused");
        problem.setProperty("fileName", fileName);
        return ResponseEntity.unprocessableEntity().body(problem);
    }
}
