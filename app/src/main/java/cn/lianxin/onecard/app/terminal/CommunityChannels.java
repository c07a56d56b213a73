package cn.lianxin.onecard.app.terminal;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The one reading of which channel — and which SFTP server — a community uses: the settings of
 * its active terminals (outlet readers aside), a fee terminal's first, then the lowest terminal
 * id. Downloads, the upload pollers and the confirmation pollers all ask here, so they dial the
 * same server.
 */
@Component
public class CommunityChannels {

    private static final String COLUMNS = "community_id, channel, sftp_host, sftp_port, sftp_user, sftp_path, sftp_schedule, terminal_id";
    private static final String ORDER = "order by case kind when 'FEE_TERMINAL' then 0 else 1 end, terminal_id";

    private final JdbcTemplate jdbc;

    CommunityChannels(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The community's channel, or empty when it has no active terminal. */
    public Optional<CommunityChannel> of(String communityId) {
        return jdbc.query("select " + COLUMNS + " from terminal where community_id = ? and active = true "
                + "and kind <> 'OUTLET_READER' " + ORDER + " fetch first 1 rows only", (rs, i) -> channel(rs), communityId)
                .stream().findFirst();
    }

    /** Every community whose channel is SFTP, by community id. */
    public List<CommunityChannel> sftp() {
        return jdbc.queryForList("select distinct community_id from terminal where channel = 'SFTP' and active = true "
                        + "and community_id is not null order by community_id", String.class).stream()
                .map(this::of).flatMap(Optional::stream).filter(c -> c.channel() == Channel.SFTP).toList();
    }

    private static CommunityChannel channel(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new CommunityChannel(rs.getString(1), Channel.valueOf(rs.getString(2)), rs.getString(3),
                rs.getObject(4, Integer.class), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8));
    }
}
