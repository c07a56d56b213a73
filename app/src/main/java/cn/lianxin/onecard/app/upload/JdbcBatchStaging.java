package cn.lianxin.onecard.app.upload;

import cn.lianxin.onecard.integration.format.ConsDetail;
import cn.lianxin.onecard.integration.format.ReasonCode;
import cn.lianxin.onecard.integration.upload.UploadStore;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;

/** Staging on databases without COPY (the embedded H2): JDBC batches of {@value #BATCH} rows. */
final class JdbcBatchStaging implements UploadStore.Staging {

    private static final int BATCH = 1000;

    private final PreparedStatement insert;
    private int pending;

    JdbcBatchStaging(Connection connection, String columns) throws SQLException {
        this.insert = connection.prepareStatement("insert into upload_staging (" + columns
                + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    }

    @Override
    public void add(long lineNumber, ConsDetail d, ReasonCode verdict) {
        try {
            insert.setLong(1, lineNumber);
            insert.setString(2, verdict == null ? null : verdict.code());
            if (d == null) {
                for (int i = 3; i <= 16; i++) {
                    insert.setNull(i, Types.VARCHAR);
                }
            } else {
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
            insert.addBatch();
            if (++pending >= BATCH) {
                insert.executeBatch();
                pending = 0;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not stage line " + lineNumber + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        try {
            if (pending > 0) {
                insert.executeBatch();
            }
            insert.close();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not stage the upload: " + e.getMessage(), e);
        }
    }
}
