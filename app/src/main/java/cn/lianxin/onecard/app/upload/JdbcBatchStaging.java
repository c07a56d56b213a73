package cn.lianxin.onecard.app.upload;

import cn.lianxin.onecard.integration.format.ConsDetail;
import cn.lianxin.onecard.integration.format.ReasonCode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;

/**
 * Staging on databases without COPY (the embedded H2): each chunk is a list of lines, inserted by
 * the transaction's thread in JDBC batches of {@value #BATCH} rows.
 */
final class JdbcBatchStaging extends DatabaseStaging<List<JdbcBatchStaging.Line>> {

    private static final int BATCH = 1000;

    /** One staged line. */
    record Line(long lineNumber, ConsDetail detail, ReasonCode verdict) {
    }

    private final String insertSql;
    private List<Line> lines = new ArrayList<>();

    JdbcBatchStaging(String columns, int chunkLines) {
        super(chunkLines);
        this.insertSql = "insert into upload_staging (" + columns + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    }

    @Override
    protected void append(long lineNumber, ConsDetail detail, ReasonCode verdict) {
        lines.add(new Line(lineNumber, detail, verdict));
    }

    @Override
    protected List<Line> takeChunk() {
        List<Line> chunk = lines;
        lines = new ArrayList<>();
        return chunk;
    }

    /** A delete: H2's truncate would commit the upload's transaction. */
    @Override
    String emptyStaging() {
        return "delete from upload_staging";
    }

    @Override
    void load(Connection connection, List<Line> chunk) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(insertSql)) {
            int pending = 0;
            for (Line line : chunk) {
                bind(insert, line);
                insert.addBatch();
                if (++pending == BATCH) {
                    insert.executeBatch();
                    pending = 0;
                }
            }
            if (pending > 0) {
                insert.executeBatch();
            }
        }
    }

    private static void bind(PreparedStatement insert, Line line) throws SQLException {
        ConsDetail d = line.detail();
        insert.setLong(1, line.lineNumber());
        insert.setString(2, line.verdict() == null ? null : line.verdict().code());
        if (d == null) {
            for (int i = 3; i <= 16; i++) {
                insert.setNull(i, Types.VARCHAR);
            }
            return;
        }
        insert.setString(3, d.type().code());
        insert.setString(4, d.cardNumber());
        insert.setString(5, d.uid());
        insert.setInt(6, d.cardCounter());
        insert.setString(7, d.terminalId());
        insert.setString(8, d.psamId());
        insert.setLong(9, d.terminalSequence());
        insert.setTimestamp(10, Timestamp.valueOf(d.transactionTime()));
        insert.setLong(11, d.amountFen());
        insert.setLong(12, d.balanceBeforeFen());
        insert.setLong(13, d.balanceAfterFen());
        insert.setString(14, d.billReference().householdId());
        insert.setString(15, d.billReference().billingPeriod());
        insert.setString(16, d.tac());
    }
}
