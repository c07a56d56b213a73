package cn.lianxin.onecard.app.upload;

import cn.lianxin.onecard.integration.format.ConsDetail;
import cn.lianxin.onecard.integration.format.ReasonCode;
import cn.lianxin.onecard.integration.upload.ChunkedStaging;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.Arrays;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Staging on PostgreSQL: each chunk is the text of a {@code COPY upload_staging FROM STDIN},
 * written as ASCII bytes by the reading thread and sent by the transaction's thread in one go.
 */
final class PostgresCopyStaging extends ChunkedStaging<PostgresCopyStaging.CopyText> {

    private static final byte[] NULL = {'\\', 'N'};
    /** A staged line is at most about 150 characters. */
    private static final int LINE_BYTES = 160;

    /** One chunk: the first {@code length} bytes of {@code bytes}. */
    record CopyText(byte[] bytes, int length) {
    }

    private final String copySql;
    private byte[] text;
    private int length;

    PostgresCopyStaging(String columns, int chunkLines) {
        super(chunkLines);
        this.copySql = "copy upload_staging (" + columns + ") from stdin";
        this.text = new byte[Math.min(chunkLines, 1 << 12) * LINE_BYTES];
    }

    @Override
    protected void append(long lineNumber, ConsDetail d, ReasonCode verdict) {
        room(LINE_BYTES * 2);
        number(lineNumber).tab();
        if (verdict == null) {
            bytes(NULL);
        } else {
            ascii(verdict.code());
        }
        if (d == null) {
            for (int i = 0; i < 14; i++) {
                tab().bytes(NULL);
            }
        } else {
            tab().ascii(d.type().code()).tab().ascii(d.cardNumber()).tab().ascii(d.uid()).tab().number(d.cardCounter())
                    .tab().ascii(d.terminalId()).tab().ascii(d.psamId()).tab().number(d.terminalSequence()).tab();
            timestamp(d.transactionTime());
            tab().number(d.amountFen()).tab().number(d.balanceBeforeFen()).tab().number(d.balanceAfterFen()).tab()
                    .ascii(d.billReference().householdId()).tab().ascii(d.billReference().billingPeriod()).tab()
                    .ascii(d.tac());
        }
        text[length++] = '\n';
    }

    @Override
    protected CopyText takeChunk() {
        CopyText chunk = new CopyText(text, length);
        text = new byte[Math.max(length, LINE_BYTES * 2)];
        length = 0;
        return chunk;
    }

    /** Sends one chunk into {@code upload_staging}. */
    void load(Connection connection, CopyText chunk) throws SQLException {
        CopyIn copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn(copySql);
        try {
            copy.writeToCopy(chunk.bytes(), 0, chunk.length());
            copy.endCopy();
        } finally {
            if (copy.isActive()) {
                copy.cancelCopy();
            }
        }
    }

    private void room(int bytes) {
        if (length + bytes > text.length) {
            text = Arrays.copyOf(text, Math.max(text.length * 2, length + bytes));
        }
    }

    private PostgresCopyStaging tab() {
        text[length++] = '\t';
        return this;
    }

    private PostgresCopyStaging bytes(byte[] b) {
        System.arraycopy(b, 0, text, length, b.length);
        length += b.length;
        return this;
    }

    /** Fields of a parsed line are printable ASCII with no tab, backslash or newline (ConsReader checked them). */
    private PostgresCopyStaging ascii(String s) {
        room(s.length());
        for (int i = 0; i < s.length(); i++) {
            text[length++] = (byte) s.charAt(i);
        }
        return this;
    }

    private PostgresCopyStaging number(long value) {
        if (value < 0) {
            text[length++] = '-';
            value = -value;
        }
        int start = length;
        do {
            text[length++] = (byte) ('0' + value % 10);
            value /= 10;
        } while (value > 0);
        for (int i = start, j = length - 1; i < j; i++, j--) {
            byte t = text[i];
            text[i] = text[j];
            text[j] = t;
        }
        return this;
    }

    private void timestamp(LocalDateTime t) {
        number(t.getYear());
        text[length++] = '-';
        two(t.getMonthValue());
        text[length++] = '-';
        two(t.getDayOfMonth());
        text[length++] = ' ';
        two(t.getHour());
        text[length++] = ':';
        two(t.getMinute());
        text[length++] = ':';
        two(t.getSecond());
    }

    private void two(int v) {
        text[length++] = (byte) ('0' + v / 10);
        text[length++] = (byte) ('0' + v % 10);
    }
}
