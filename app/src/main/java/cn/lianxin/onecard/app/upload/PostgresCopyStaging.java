package cn.lianxin.onecard.app.upload;

import cn.lianxin.onecard.integration.format.ConsDetail;
import cn.lianxin.onecard.integration.format.ReasonCode;
import cn.lianxin.onecard.integration.upload.UploadStore;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDateTime;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Streams staged lines into {@code COPY upload_staging FROM STDIN} (text format) as they are read:
 * rows are built in a small buffer and handed to the server every {@value #FLUSH_CHARS} characters,
 * so the database inserts while the file is still being read and checked.
 */
final class PostgresCopyStaging implements UploadStore.Staging {

    private static final int FLUSH_CHARS = 1 << 16;
    private static final String NULL = "\\N";

    private final CopyIn copy;
    private final StringBuilder buffer = new StringBuilder(FLUSH_CHARS + 512);

    PostgresCopyStaging(Connection connection, String columns) throws SQLException {
        this.copy = connection.unwrap(PGConnection.class).getCopyAPI()
                .copyIn("copy upload_staging (" + columns + ") from stdin");
    }

    @Override
    public void add(long lineNumber, ConsDetail d, ReasonCode verdict) {
        StringBuilder b = buffer;
        b.append(lineNumber).append('\t').append(verdict == null ? NULL : verdict.code());
        if (d == null) {
            for (int i = 0; i < 14; i++) {
                b.append('\t').append(NULL);
            }
        } else {
            b.append('\t').append(d.type().code()).append('\t').append(d.cardNumber()).append('\t').append(d.uid())
                    .append('\t').append(d.cardCounter()).append('\t').append(d.terminalId()).append('\t')
                    .append(d.psamId()).append('\t').append(d.terminalSequence()).append('\t');
            timestamp(b, d.transactionTime());
            b.append('\t').append(d.amountFen()).append('\t').append(d.balanceBeforeFen()).append('\t')
                    .append(d.balanceAfterFen()).append('\t').append(d.billReference().householdId()).append('\t')
                    .append(d.billReference().billingPeriod()).append('\t').append(d.tac());
        }
        b.append('\n');
        if (b.length() >= FLUSH_CHARS) {
            flush();
        }
    }

    private static void timestamp(StringBuilder b, LocalDateTime t) {
        b.append(t.getYear()).append('-');
        two(b, t.getMonthValue()).append('-');
        two(b, t.getDayOfMonth()).append(' ');
        two(b, t.getHour()).append(':');
        two(b, t.getMinute()).append(':');
        two(b, t.getSecond());
    }

    private static StringBuilder two(StringBuilder b, int v) {
        if (v < 10) {
            b.append('0');
        }
        return b.append(v);
    }

    private void flush() {
        if (buffer.isEmpty()) {
            return;
        }
        byte[] bytes = buffer.toString().getBytes(StandardCharsets.US_ASCII);
        buffer.setLength(0);
        try {
            copy.writeToCopy(bytes, 0, bytes.length);
        } catch (SQLException e) {
            throw new IllegalStateException("COPY into upload_staging failed: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        try {
            flush();
            copy.endCopy();
        } catch (SQLException e) {
            throw new IllegalStateException("COPY into upload_staging failed: " + e.getMessage(), e);
        } finally {
            if (copy.isActive()) {
                try {
                    copy.cancelCopy();
                } catch (SQLException ignored) {
                    // the transaction rolls back anyway
                }
            }
        }
    }
}
