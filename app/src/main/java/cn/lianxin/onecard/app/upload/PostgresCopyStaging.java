package cn.lianxin.onecard.app.upload;

import cn.lianxin.onecard.integration.format.ConsDetail;
import cn.lianxin.onecard.integration.format.ReasonCode;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.Arrays;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Staging on PostgreSQL: each chunk is the text of a {@code COPY upload_staging FROM STDIN},
 * written as ASCII bytes by the reading thread and sent by the transaction's thread in one go.
 *
 * <p>The reading thread also puts each chunk's lines in the order the store inserts them (card,
 * counter, a payment before other lines, line number — the identity index's order): it has CPU to
 * spare while the database works, and the store's {@code ORDER BY} then finds its input sorted,
 * which PostgreSQL's sort checks first and finishes in one pass.
 */
final class PostgresCopyStaging extends DatabaseStaging<PostgresCopyStaging.CopyText> {

    private static final byte[] NULL = {'\\', 'N'};
    /** A staged line is at most about 150 characters. */
    private static final int LINE_BYTES = 160;

    /** One chunk: the first {@code length} bytes of {@code bytes}. */
    record CopyText(byte[] bytes, int length) {
    }

    private final String copySql;
    private byte[] text;
    private int length;
    /** Per line of the chunk: where its text starts, and its sort key. */
    private int[] starts;
    private long[] cards;
    private int[] counters;
    private boolean[] payments;
    private long[] lineNumbers;
    private int lines;

    PostgresCopyStaging(String columns, int chunkLines) {
        super(chunkLines);
        this.copySql = "copy upload_staging (" + columns + ") from stdin";
        this.text = new byte[Math.min(chunkLines, 1 << 12) * LINE_BYTES];
        int keys = Math.min(chunkLines, 1 << 20);
        this.starts = new int[keys];
        this.cards = new long[keys];
        this.counters = new int[keys];
        this.payments = new boolean[keys];
        this.lineNumbers = new long[keys];
    }

    @Override
    protected void append(long lineNumber, ConsDetail d, ReasonCode verdict) {
        key(lineNumber, d);
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
        Integer[] order = new Integer[lines];
        for (int i = 0; i < lines; i++) {
            order[i] = i;
        }
        Arrays.sort(order, this::compare);
        byte[] sorted = new byte[length];
        int at = 0;
        for (int i : order) {
            int end = i + 1 < lines ? starts[i + 1] : length;
            System.arraycopy(text, starts[i], sorted, at, end - starts[i]);
            at += end - starts[i];
        }
        lines = 0;
        length = 0;
        return new CopyText(sorted, sorted.length);
    }

    /** The store's order: card, counter, a payment first, line; lines that did not parse last. */
    private int compare(int a, int b) {
        int c = Long.compare(cards[a], cards[b]);
        if (c == 0) {
            c = Integer.compare(counters[a], counters[b]);
        }
        if (c == 0) {
            c = Boolean.compare(payments[b], payments[a]);
        }
        return c != 0 ? c : Long.compare(lineNumbers[a], lineNumbers[b]);
    }

    private void key(long lineNumber, ConsDetail d) {
        if (lines == starts.length) {
            int grown = lines * 2;
            starts = Arrays.copyOf(starts, grown);
            cards = Arrays.copyOf(cards, grown);
            counters = Arrays.copyOf(counters, grown);
            payments = Arrays.copyOf(payments, grown);
            lineNumbers = Arrays.copyOf(lineNumbers, grown);
        }
        starts[lines] = length;
        // a parsed card number is 16 digits: as a long, the same order as the text
        cards[lines] = d == null ? Long.MAX_VALUE : Long.parseLong(d.cardNumber());
        counters[lines] = d == null ? 0 : d.cardCounter();
        payments[lines] = d != null && !d.billReference().isNone();
        lineNumbers[lines] = lineNumber;
        lines++;
    }

    @Override
    String emptyStaging() {
        return "truncate upload_staging";
    }

    @Override
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
