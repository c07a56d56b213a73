package cn.lianxin.onecard.integration.format;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Reads lines of bytes from a stream with bounded memory: at most {@code maxLineBytes} of a
 * line's content are kept; the rest of an over-long line is counted and skipped, so a 10 MB
 * line without a newline costs no more memory than a short one.
 *
 * <p>A line ends at LF; a CR just before the LF makes the ending CRLF. The last line may have
 * no ending. Bytes are returned as received.
 */
final class LineInput {

    /** How a line ended. */
    enum Ending {
        LF(new byte[] {'\n'}),
        CRLF(new byte[] {'\r', '\n'}),
        NONE(new byte[0]);

        private final byte[] bytes;

        Ending(byte[] bytes) {
            this.bytes = bytes;
        }

        byte[] bytes() {
            return bytes.clone();
        }

        int length() {
            return bytes.length;
        }
    }

    /**
     * One line: its content without the ending (truncated to the maximum when {@code overLong}),
     * the content's full length, and the ending.
     */
    record RawLine(byte[] content, long contentLength, Ending ending, boolean overLong) {

        /** The line as received, ending included (for an over-long line: the kept prefix only). */
        byte[] bytesAsReceived() {
            byte[] raw = Arrays.copyOf(content, content.length + ending.length());
            System.arraycopy(ending.bytes, 0, raw, content.length, ending.length());
            return raw;
        }

        boolean startsWith(String tag) {
            if (content.length < tag.length()) {
                return false;
            }
            for (int i = 0; i < tag.length(); i++) {
                if (content[i] != tag.charAt(i)) {
                    return false;
                }
            }
            return true;
        }
    }

    private final InputStream in;
    private final int maxLineBytes;
    private final byte[] buffer = new byte[8192];
    private int position;
    private int limit;
    private boolean endOfStream;

    LineInput(InputStream in, int maxLineBytes) {
        this.in = in;
        this.maxLineBytes = maxLineBytes;
    }

    /** The next line, or null at the end of the stream. */
    RawLine next() throws IOException {
        // one byte more than the maximum, to hold a CR that turns out to precede LF
        byte[] kept = new byte[Math.min(maxLineBytes + 1, 256)];
        int keptLength = 0;
        long length = 0;
        int previous = -1;
        boolean sawAnything = false;
        while (true) {
            if (position == limit && !fill()) {
                if (!sawAnything) {
                    return null;
                }
                return line(kept, keptLength, length, Ending.NONE);
            }
            sawAnything = true;
            byte b = buffer[position++];
            if (b == '\n') {
                if (previous == '\r') {
                    return line(kept, keptLength, length - 1, Ending.CRLF);
                }
                return line(kept, keptLength, length, Ending.LF);
            }
            length++;
            if (keptLength < maxLineBytes + 1) {
                if (keptLength == kept.length) {
                    kept = Arrays.copyOf(kept, Math.min(maxLineBytes + 1, kept.length * 2));
                }
                kept[keptLength++] = b;
            }
            previous = b;
        }
    }

    private RawLine line(byte[] kept, int keptLength, long contentLength, Ending ending) {
        boolean overLong = contentLength > maxLineBytes;
        int contentKept = (int) Math.min(contentLength, Math.min(keptLength, maxLineBytes));
        return new RawLine(Arrays.copyOf(kept, contentKept), contentLength, ending, overLong);
    }

    private boolean fill() throws IOException {
        if (endOfStream) {
            return false;
        }
        int read;
        do {
            read = in.read(buffer, 0, buffer.length);
        } while (read == 0);
        if (read < 0) {
            endOfStream = true;
            return false;
        }
        position = 0;
        limit = read;
        return true;
    }
}
