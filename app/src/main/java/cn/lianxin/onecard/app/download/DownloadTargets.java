package cn.lianxin.onecard.app.download;

import cn.lianxin.onecard.app.terminal.CommunityChannel;
import cn.lianxin.onecard.app.terminal.CommunityChannels;
import cn.lianxin.onecard.app.web.ConflictException;
import cn.lianxin.onecard.app.web.NotFoundException;
import cn.lianxin.onecard.integration.exchange.Channel;
import cn.lianxin.onecard.integration.exchange.DownloadTarget;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Where a community's files go: the channel (and SFTP server) of its active terminals, as
 * {@link CommunityChannels} reads them (a fee terminal's settings first).
 */
@Component
class DownloadTargets {

    private final JdbcTemplate jdbc;
    private final CommunityChannels channels;

    DownloadTargets(JdbcTemplate jdbc, CommunityChannels channels) {
        this.jdbc = jdbc;
        this.channels = channels;
    }

    /**
     * @throws NotFoundException  an unknown community
     * @throws ConflictException  a community without an active terminal
     */
    DownloadTarget of(String communityId) {
        requireCommunity(communityId);
        return channels.of(communityId).map(DownloadTargets::target).orElseThrow(() -> new ConflictException("communityId",
                "community " + communityId + " has no active terminal, so no channel to send its files over"));
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
        return channels.sftp().stream().map(DownloadTargets::target).toList();
    }

    private static DownloadTarget target(CommunityChannel c) {
        return new DownloadTarget(c.communityId(), Channel.valueOf(c.channel().name()), c.sftpHost(), c.sftpPort(),
                c.sftpUser(), c.sftpPath(), c.sftpSchedule());
    }
}
