package cn.lianxin.onecard.integration.format;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import cn.lianxin.onecard.integration.keys.KeySystem;

/**
 * Writes a consumption upload (interfaces.md §3.1) as a community terminal would: the header,
 * the details — each with its TAC computed by {@code mac4(K_tac(PSAM), characters 1–126)} unless
 * the detail already carries one — and the trailer with the count, the total and the file MAC
 * over every byte before it. Lines end in LF. Used by the community simulator and by tests.
 *
 * <p>Streams: nothing is kept but the count and the total. Does not close the stream.
 */
public final class ConsWriter {

    private final OutputStream out;
    private final KeySystem keys;
    private MacLineWriter lines;
    private int detailCount;
    private long totalAmountFen;
    private boolean finished;

    /** A writer to {@code out}, signing with {@code keys}. */
    public ConsWriter(OutputStream out, KeySystem keys) {
        if (out == null || keys == null) {
            throw new IllegalArgumentException("out and keys must not be null");
        }
        this.out = out;
        this.keys = keys;
    }

    /** A whole file as bytes. */
    public static byte[] toBytes(ConsHeader header, List<ConsDetail> details, KeySystem keys) {
        return InMemory.bytes(out -> {
            ConsWriter writer = new ConsWriter(out, keys);
            writer.header(header);
            for (ConsDetail detail : details) {
                writer.detail(detail);
            }
            writer.trailer();
        });
    }

    /** Writes the header; must come first, once. Its community's {@code K_upload} signs the file. */
    public void header(ConsHeader header) throws IOException {
        if (lines != null || finished) {
            throw new IllegalStateException("the header is written first and once");
        }
        Ascii.requireNonNull("header", header);
        lines = new MacLineWriter(out, keys.uploadKey(header.communityId()));
        lines.line(ConsLayout.header(header));
    }

    /**
     * Writes a detail line; its TAC is computed when {@code detail.tac()} is null, else written
     * as given (a transaction sent again keeps the TAC its terminal made).
     */
    public void detail(ConsDetail detail) throws IOException {
        requireOpen();
        Ascii.requireNonNull("detail", detail);
        String covered = ConsLayout.detailWithoutTac(detail);
        String tac = detail.tac() != null ? detail.tac()
                : keys.tac(detail.psamId(), covered.getBytes(StandardCharsets.US_ASCII));
        long total = Math.addExact(totalAmountFen, detail.amountFen());
        lines.line(covered + tac);
        detailCount = Math.addExact(detailCount, 1);
        totalAmountFen = total;
    }

    /** Writes the trailer and returns it; nothing may be written after it. */
    public ConsTrailer trailer() throws IOException {
        requireOpen();
        finished = true;
        String prefix = ConsLayout.trailerWithoutMac(detailCount, totalAmountFen);
        String mac = lines.macLine(prefix);
        return new ConsTrailer(detailCount, totalAmountFen, mac);
    }

    private void requireOpen() {
        if (lines == null) {
            throw new IllegalStateException("write the header first");
        }
        if (finished) {
            throw new IllegalStateException("the trailer has been written");
        }
    }
}
