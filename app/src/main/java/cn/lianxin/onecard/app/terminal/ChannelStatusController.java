package cn.lianxin.onecard.app.terminal;

import cn.lianxin.onecard.app.security.CurrentStaff;
import cn.lianxin.onecard.app.web.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Terminals", description = "POS machines, fee terminals, door controllers and outlet readers with their PSAMs")
@RestController
class ChannelStatusController {

    private final ChannelStatuses statuses;
    private final CommunityChannels channels;
    private final CurrentStaff staff;
    private final JdbcTemplate jdbc;

    ChannelStatusController(ChannelStatuses statuses, CommunityChannels channels, CurrentStaff staff, JdbcTemplate jdbc) {
        this.statuses = statuses;
        this.channels = channels;
        this.staff = staff;
        this.jdbc = jdbc;
    }

    @Operation(summary = "How the community's SFTP server last answered the centre",
            description = "state OK or FAILING, failures in a row, last success and last failure with the SSH client's reason; "
                    + "a community the centre never dialled is OK with no times. Community staff see only their communities.")
    @GetMapping("/api/communities/{communityId}/channel")
    ChannelStatus channel(@PathVariable String communityId) {
        Integer known = jdbc.queryForObject("select count(*) from community where community_id = ?", Integer.class,
                communityId);
        if (known == null || known == 0 || !staff.scope().includes(communityId)) {
            throw new NotFoundException("community", communityId);
        }
        return statuses.find(communityId).orElseGet(() -> {
            var channel = channels.of(communityId).filter(c -> c.channel() == Channel.SFTP);
            return new ChannelStatus(communityId, channel.map(CommunityChannel::terminalId).orElse(null),
                    channel.map(c -> "sftp://" + c.sftpHost() + ":" + (c.sftpPort() == null ? 22 : c.sftpPort()) + c.sftpPath())
                            .orElse(null), ChannelState.OK, 0, null, null, null, null, null);
        });
    }
}
