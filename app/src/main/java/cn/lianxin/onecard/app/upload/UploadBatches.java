package cn.lianxin.onecard.app.upload;

import cn.lianxin.onecard.app.security.CommunityScope;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Reads the upload records (the quarantine index among them), with the caller's community scope in the query. */
@Component
class UploadBatches {

    private static final String COLUMNS = "batch_id, community_id, batch_sequence, business_date, file_name, channel, "
            + "status, reason_code, reason, size_bytes, accepted_count, duplicate_count, rejected_count, ack_file_name, "
            + "quarantine_path, received_at";

    private final JdbcTemplate jdbc;

    UploadBatches(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    List<UploadBatchView> list(CommunityScope scope, String community, String status, int limit) {
        StringBuilder sql = new StringBuilder("select " + COLUMNS + " from upload_batch where 1 = 1");
        List<Object> args = new ArrayList<>();
        scope(scope, sql, args);
        if (community != null && !community.isBlank()) {
            sql.append(" and community_id = ?");
            args.add(community);
        }
        if (status != null && !status.isBlank()) {
            sql.append(" and status = ?");
            args.add(status);
        }
        sql.append(" order by batch_id desc fetch first ").append(limit).append(" rows only");
        return jdbc.query(sql.toString(), UploadBatches::view, args.toArray());
    }

    Optional<UploadBatchView> find(CommunityScope scope, long id) {
        StringBuilder sql = new StringBuilder("select " + COLUMNS + " from upload_batch where batch_id = ?");
        List<Object> args = new ArrayList<>(List.of(id));
        scope(scope, sql, args);
        return jdbc.query(sql.toString(), UploadBatches::view, args.toArray()).stream().findFirst();
    }

    Optional<byte[]> ack(long id) {
        return jdbc.query("select ack_bytes from upload_batch where batch_id = ? and ack_bytes is not null",
                (rs, n) -> rs.getBytes(1), id).stream().findFirst();
    }

    Optional<Path> quarantinePath(long id) {
        return jdbc.query("select quarantine_path from upload_batch where batch_id = ? and quarantine_path is not null",
                (rs, n) -> Path.of(rs.getString(1)), id).stream().findFirst();
    }

    private static void scope(CommunityScope scope, StringBuilder sql, List<Object> args) {
        if (scope.unrestricted()) {
            return;
        }
        if (scope.communityIds().isEmpty()) {
            sql.append(" and 1 = 0");
            return;
        }
        sql.append(" and community_id in (").append(String.join(", ", scope.communityIds().stream().map(c -> "?").toList()))
                .append(')');
        args.addAll(scope.communityIds());
    }

    private static UploadBatchView view(ResultSet rs, int n) throws SQLException {
        java.sql.Date date = rs.getDate("business_date");
        return new UploadBatchView(rs.getLong("batch_id"), rs.getString("community_id"),
                (Integer) rs.getObject("batch_sequence", Integer.class), date == null ? null : date.toLocalDate(),
                rs.getString("file_name"), rs.getString("channel"), rs.getString("status"), rs.getString("reason_code"),
                rs.getString("reason"), rs.getLong("size_bytes"), rs.getInt("accepted_count"),
                rs.getInt("duplicate_count"), rs.getInt("rejected_count"), rs.getString("ack_file_name"),
                rs.getString("quarantine_path") != null, rs.getTimestamp("received_at").toLocalDateTime());
    }
}
