package cn.lianxin.onecard.app.terminal;

import cn.lianxin.onecard.app.web.NotFoundException;
import cn.lianxin.onecard.integration.exchange.ExchangeProperties;
import cn.lianxin.onecard.integration.exchange.SftpChannelReports;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The channel status of each SFTP community (table {@code channel_status}, owned here): what its
 * pollers and the delivery of its downloads report. A failure is logged once, at WARN, with the
 * route, the community, the terminal whose settings were dialled and the SSH client's reason; after
 * {@code onecard.exchange.sftp.failing-after} failures in a row the channel is FAILING (logged at
 * ERROR once), and the next success makes it OK again (logged at INFO).
 */
@Component
public class ChannelStatuses implements SftpChannelReports {

    private static final Logger log = LoggerFactory.getLogger(ChannelStatuses.class);
    private static final String COLUMNS = "community_id, state, consecutive_failures, last_success_at, last_success_route, "
            + "last_failure_at, last_failure_route, last_failure_reason";

    private final JdbcTemplate jdbc;
    private final CommunityChannels channels;
    private final Clock clock;
    private final int failingAfter;

    ChannelStatuses(JdbcTemplate jdbc, CommunityChannels channels, Clock clock, ExchangeProperties properties) {
        this.jdbc = jdbc;
        this.channels = channels;
        this.clock = clock;
        this.failingAfter = properties.getSftp().getFailingAfter();
    }

    @Override
    public void succeeded(String communityId, String routeId) {
        Optional<ChannelStatus> before = find(communityId);
        upsert(communityId, "update channel_status set state = 'OK', consecutive_failures = 0, last_success_at = ?, "
                        + "last_success_route = ? where community_id = ?",
                "insert into channel_status (community_id, state, consecutive_failures, last_success_at, last_success_route) "
                        + "values (?, 'OK', 0, ?, ?)", now(), routeId);
        if (before.isPresent() && before.get().consecutiveFailures() > 0) {
            log.info("route {}: SFTP channel of community {} (terminal {}) answers again after {} failures; state OK",
                    routeId, communityId, terminal(communityId), before.get().consecutiveFailures());
        }
    }

    @Override
    public void failed(String communityId, String routeId, String reason) {
        upsert(communityId, "update channel_status set consecutive_failures = consecutive_failures + 1, "
                        + "last_failure_at = ?, last_failure_route = ?, last_failure_reason = ? where community_id = ?",
                "insert into channel_status (community_id, state, consecutive_failures, last_failure_at, last_failure_route, "
                        + "last_failure_reason) values (?, 'OK', 1, ?, ?, ?)", now(), routeId, reason);
        int failures = jdbc.queryForObject("select consecutive_failures from channel_status where community_id = ?",
                Integer.class, communityId);
        boolean nowFailing = failures >= failingAfter && jdbc.update(
                "update channel_status set state = 'FAILING' where community_id = ? and state = 'OK'", communityId) == 1;
        log.warn("route {}: SFTP channel of community {} (terminal {}) failed: {} ({} in a row{})", routeId, communityId,
                terminal(communityId), reason, failures, failures >= failingAfter ? ", channel FAILING" : "");
        if (nowFailing) {
            log.error("SFTP channel of community {} (terminal {}) is FAILING after {} failures in a row: {}; its pollers "
                    + "back off until it answers again", communityId, terminal(communityId), failures, reason);
        }
    }

    /** The community's channel status; empty when the centre never dialled its server. */
    public Optional<ChannelStatus> find(String communityId) {
        return jdbc.query("select " + COLUMNS + " from channel_status where community_id = ?",
                (rs, i) -> status(rs), communityId).stream().findFirst();
    }

    /**
     * The community's channel status: {@link #find}, or OK with no times when the centre never dialled its server.
     *
     * @throws NotFoundException an unknown community
     */
    public ChannelStatus of(String communityId) {
        Integer known = jdbc.queryForObject("select count(*) from community where community_id = ?", Integer.class,
                communityId);
        if (known == null || known == 0) {
            throw new NotFoundException("community", communityId);
        }
        return find(communityId).orElseGet(() -> {
            Optional<CommunityChannel> channel = channels.of(communityId).filter(c -> c.channel() == Channel.SFTP);
            return new ChannelStatus(communityId, channel.map(CommunityChannel::terminalId).orElse(null),
                    channel.map(ChannelStatuses::server).orElse(null), ChannelState.OK, 0, null, null, null, null, null);
        });
    }

    /** The status of every community the centre has dialled, by community. */
    public List<ChannelStatus> all() {
        return jdbc.query("select " + COLUMNS + " from channel_status order by community_id", (rs, i) -> status(rs));
    }

    private ChannelStatus status(java.sql.ResultSet rs) throws java.sql.SQLException {
        String community = rs.getString(1);
        Optional<CommunityChannel> channel = channels.of(community).filter(c -> c.channel() == Channel.SFTP);
        return new ChannelStatus(community, channel.map(CommunityChannel::terminalId).orElse(null),
                channel.map(ChannelStatuses::server).orElse(null),
                ChannelState.valueOf(rs.getString(2)), rs.getInt(3), rs.getObject(4, LocalDateTime.class), rs.getString(5),
                rs.getObject(6, LocalDateTime.class), rs.getString(7), rs.getString(8));
    }

    private static String server(CommunityChannel c) {
        return "sftp://" + c.sftpHost() + ":" + (c.sftpPort() == null ? 22 : c.sftpPort()) + c.sftpPath();
    }

    private void upsert(String communityId, String update, String insert, Object... values) {
        Object[] updateArgs = new Object[values.length + 1];
        System.arraycopy(values, 0, updateArgs, 0, values.length);
        updateArgs[values.length] = communityId;
        if (jdbc.update(update, updateArgs) == 1) {
            return;
        }
        Object[] insertArgs = new Object[values.length + 1];
        insertArgs[0] = communityId;
        System.arraycopy(values, 0, insertArgs, 1, values.length);
        try {
            jdbc.update(insert, insertArgs);
        } catch (DuplicateKeyException raced) {
            // the other poller of the community inserted it meanwhile
            jdbc.update(update, updateArgs);
        }
    }

    private String terminal(String communityId) {
        return channels.of(communityId).map(CommunityChannel::terminalId).orElse("none");
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock).withNano(0);
    }
}
