package cn.lianxin.onecard.app.blacklist;

import cn.lianxin.onecard.app.security.CurrentStaff;
import cn.lianxin.onecard.integration.exchange.ConfirmationReceiver.ConfirmationOutcome;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Blacklists", description = "Blacklist versions per community, and the communities' confirmations (BLA)")
@RestController
@RequestMapping("/api/communities/{communityId}")
class BlacklistController {

    private static final Logger log = LoggerFactory.getLogger(BlacklistController.class);

    static final String CENTRE_OR_OWN_COMMUNITY = "hasAnyRole('centre-admin', 'community-staff')";
    static final int MAX_BYTES = 1024;

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
                                   HttpServletRequest request) throws IOException {
        staff.requireCommunity(communityId);
        // a confirmation is one line of 44 characters: a body far larger is not read whole
        byte[] content = request.getInputStream().readNBytes(MAX_BYTES + 1);
        ConfirmationOutcome outcome = content.length > MAX_BYTES
                ? new ConfirmationOutcome(false, "a confirmation is one line of 44 characters; this body has more than "
                        + MAX_BYTES + " bytes")
                : confirmations.record(communityId, fileName, content);
        if (outcome.accepted()) {
            return ResponseEntity.ok(outcome);
        }
        if (content.length > MAX_BYTES) {
            log.warn("confirmation {} through the channel of community {} refused: {}", fileName, communityId,
                    outcome.reason());
        }
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_ENTITY, outcome.reason());
        problem.setTitle("Confirmation refused");
        problem.setProperty("fileName", fileName);
        return ResponseEntity.unprocessableEntity().body(problem);
    }
}
