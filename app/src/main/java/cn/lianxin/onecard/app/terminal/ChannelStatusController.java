package cn.lianxin.onecard.app.terminal;

import cn.lianxin.onecard.app.security.CurrentStaff;
import cn.lianxin.onecard.app.web.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Terminals", description = "POS machines, fee terminals, door controllers and outlet readers with their PSAMs")
@RestController
class ChannelStatusController {

    private final ChannelStatuses statuses;
    private final CurrentStaff staff;

    ChannelStatusController(ChannelStatuses statuses, CurrentStaff staff) {
        this.statuses = statuses;
        this.staff = staff;
    }

    @Operation(summary = "How the community's SFTP server last answered the centre",
            description = "state OK or FAILING, failures in a row, last success and last failure with the SSH client's reason; "
                    + "a community the centre never dialled is OK with no times. Community staff see only their communities.")
    @GetMapping("/api/communities/{communityId}/channel")
    ChannelStatus channel(@PathVariable String communityId) {
        if (!staff.scope().includes(communityId)) {
            throw new NotFoundException("community", communityId);
        }
        return statuses.of(communityId);
    }
}
