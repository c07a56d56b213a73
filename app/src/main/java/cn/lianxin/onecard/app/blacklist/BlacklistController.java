package cn.lianxin.onecard.app.blacklist;

import cn.lianxin.onecard.app.security.CurrentStaff;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Blacklists", description = "Blacklist versions per community, with whether each was confirmed (BLA files come through the uploads endpoint)")
@RestController
@RequestMapping("/api/communities/{communityId}")
class BlacklistController {

    static final String CENTRE_OR_OWN_COMMUNITY = "hasAnyRole('centre-admin', 'community-staff')";

    private final BlacklistVersions versions;
    private final CurrentStaff staff;

    BlacklistController(BlacklistVersions versions, CurrentStaff staff) {
        this.versions = versions;
        this.staff = staff;
    }

    /** Every blacklist version of the community, newest first, with whether and when it was confirmed. */
    @GetMapping("/blacklist/versions")
    @PreAuthorize(CENTRE_OR_OWN_COMMUNITY)
    List<BlacklistVersionView> versions(@PathVariable String communityId) {
        staff.requireCommunity(communityId);
        return versions.versions(communityId);
    }
}
