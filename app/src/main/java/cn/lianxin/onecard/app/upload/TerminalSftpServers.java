package cn.lianxin.onecard.app.upload;

import cn.lianxin.onecard.integration.upload.SftpServers;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The SFTP servers of the terminal archive: one per community whose active terminals use the SFTP
 * channel (host, port, user, path and schedule of its terminals; the first by terminal id when
 * they differ).
 */
@Component
class TerminalSftpServers implements SftpServers {

    private final JdbcTemplate jdbc;

    TerminalSftpServers(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<SftpServer> list() {
        List<SftpServer> all = jdbc.query("select community_id, sftp_host, sftp_port, sftp_user, sftp_path, sftp_schedule "
                        + "from terminal where channel = 'SFTP' and active = true and community_id is not null "
                        + "and sftp_host is not null and sftp_user is not null and sftp_path is not null "
                        + "and sftp_schedule is not null order by community_id, terminal_id",
                (rs, n) -> new SftpServer(rs.getString(1), rs.getString(2), rs.getObject(3) == null ? 22 : rs.getInt(3),
                        rs.getString(4), rs.getString(5), rs.getString(6)));
        java.util.Map<String, SftpServer> first = new java.util.LinkedHashMap<>();
        all.forEach(s -> first.putIfAbsent(s.communityId(), s));
        return List.copyOf(first.values());
    }
}
