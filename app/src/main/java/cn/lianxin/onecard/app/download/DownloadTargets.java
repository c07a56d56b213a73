package cn.lianxin.onecard.app.download;

import cn.lianxin.onecard.app.web.ConflictException;
import cn.lianxin.onecard.app.web.NotFoundException;
import cn.lianxin.onecard.integration.exchange.Channel;
import cn.lianxin.onecard.integration.exchange.DownloadTarget;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Where a community's files go: the channel (and SFTP server) of its active terminals, a fee
 * terminal's settings first.
 */
@Component
class DownloadTargets {

    private final JdbcTemplate jdbc;

    DownloadTargets(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * @throws NotFoundException  an unknown community
     * @throws ConflictException  a community without an active terminal
     */
    DownloadTarget of(String communityId) {
        requireCommunity(communityId);
        List<DownloadTarget> targets = jdbc.query("select channel, sftp_host, sftp_port, sftp_user, sftp_path, sftp_schedule "
                        + "from terminal where community_id = ? and active = true and kind <> 'OUTLET_READER' "
                        + "order by case kind when 'FEE_TERMINAL' then 0 else 1 end, terminal_id",
                (rs, i) -> new DownloadTarget(communityId, Channel.valueOf(rs.getString(1)), rs.getString(2),
                        (Integer) rs.getObject(3, Integer.class), rs.getString(4), rs.getString(5), rs.getString(6)),
                communityId);
        if (targets.isEmpty()) {
            throw new ConflictException("communityId", "community " + communityId
                    + " has no active terminal, so no channel to send its files over");
        }
        return targets.get(0);
    }

    /** @throws NotFoundException an unknown community */
    void requireCommunity(String communityId) {
        Integer known = jdbc.queryForObject("select count(*) from community where community_id = ?", Integer.class,
                communityId);
        if (known == null || known == 0) {
            throw new NotFoundException("community", communityId);
        }
    }

    /** The targets of every community whose terminals use SFTP. */
    List<DownloadTarget> sftpCommunities() {
        return jdbc.queryForList("select distinct community_id from terminal where channel = 'SFTP' and active = true "
                        + "and community_id is not null order by community_id", String.class).stream()
                .map(this::of).filter(target -> target.channel() == Channel.SFTP).toList();
    }
}
