package cn.lianxin.onecard.app.download;

import cn.lianxin.onecard.app.platform.Digests;
import cn.lianxin.onecard.integration.exchange.Channel;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** The record of every download (table download_file), bytes included. Plain SQL. */
@Repository
class DownloadFiles {

    private static final String COLUMNS = "file_id, community_id, file_name, kind, version_or_period, sha256, byte_count, "
            + "created_at, channel, sent_at, status, problem";

    private final JdbcTemplate jdbc;

    DownloadFiles(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    long insert(String communityId, String fileName, DownloadKind kind, String versionOrPeriod, byte[] content,
                LocalDateTime createdAt, Channel channel, DownloadStatus status) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.update(connection -> {
            var statement = connection.prepareStatement("insert into download_file (community_id, file_name, kind, "
                    + "version_or_period, sha256, byte_count, content, created_at, channel, status) "
                    + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", new String[] {"file_id"});
            statement.setString(1, communityId);
            statement.setString(2, fileName);
            statement.setString(3, kind.name());
            statement.setString(4, versionOrPeriod);
            statement.setString(5, Digests.sha256Hex(content));
            statement.setInt(6, content.length);
            statement.setBytes(7, content);
            statement.setObject(8, createdAt);
            statement.setString(9, channel.name());
            statement.setString(10, status.name());
            return statement;
        }, key);
        return key.getKey().longValue();
    }

    void delivered(long fileId, DownloadStatus status, LocalDateTime at) {
        jdbc.update("update download_file set status = ?, sent_at = ?, problem = null where file_id = ?", status.name(), at,
                fileId);
    }

    void failed(long fileId, String problem) {
        String shortProblem = problem == null ? "unknown" : problem.length() > 400 ? problem.substring(0, 400) : problem;
        jdbc.update("update download_file set status = 'FAILED', problem = ? where file_id = ?", shortProblem, fileId);
    }

    /** A delivery still under way when its request is answered; it ends SENT or FAILED. */
    void queued(long fileId, String problem) {
        jdbc.update("update download_file set status = 'QUEUED', problem = ? where file_id = ? and status = 'CREATED'",
                problem, fileId);
    }

    /** The first pull of an HTTP download: AVAILABLE becomes DOWNLOADED, sent at the pull. */
    void pulled(long fileId, LocalDateTime at) {
        jdbc.update("update download_file set status = 'DOWNLOADED', sent_at = ? where file_id = ? and status = 'AVAILABLE'",
                at, fileId);
    }

    DownloadRecord get(long fileId) {
        return jdbc.queryForObject("select " + COLUMNS + " from download_file where file_id = ?", DownloadFiles::row, fileId);
    }

    List<DownloadRecord> list(String communityId) {
        return jdbc.query("select " + COLUMNS + " from download_file where community_id = ? order by file_id desc",
                DownloadFiles::row, communityId);
    }

    Optional<DownloadRecord> find(String communityId, String fileName) {
        return jdbc.query("select " + COLUMNS + " from download_file where community_id = ? and file_name = ?",
                DownloadFiles::row, communityId, fileName).stream().findFirst();
    }

    byte[] content(long fileId) {
        return jdbc.queryForObject("select content from download_file where file_id = ?", byte[].class, fileId);
    }

    /** How many files of {@code kind} the community has had for {@code versionOrPeriod} (null: any). */
    int count(String communityId, DownloadKind kind, String versionOrPeriod) {
        Integer count = versionOrPeriod == null
                ? jdbc.queryForObject("select count(*) from download_file where community_id = ? and kind = ?", Integer.class,
                        communityId, kind.name())
                : jdbc.queryForObject("select count(*) from download_file where community_id = ? and kind = ? "
                        + "and version_or_period = ?", Integer.class, communityId, kind.name(), versionOrPeriod);
        return count == null ? 0 : count;
    }

    private static DownloadRecord row(ResultSet rs, int i) throws SQLException {
        return new DownloadRecord(rs.getLong(1), rs.getString(2), rs.getString(3), DownloadKind.valueOf(rs.getString(4)),
                rs.getString(5), rs.getString(6), rs.getInt(7), rs.getObject(8, LocalDateTime.class),
                Channel.valueOf(rs.getString(9)), rs.getObject(10, LocalDateTime.class),
                DownloadStatus.valueOf(rs.getString(11)), rs.getString(12));
    }
}
