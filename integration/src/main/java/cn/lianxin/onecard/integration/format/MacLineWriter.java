package cn.lianxin.onecard.integration.format;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

import cn.lianxin.onecard.integration.keys.Mac4;

/**
 * Writes ASCII lines ending in LF while computing the file MAC over every byte written, and
 * writes the closing line that carries {@code mac4(key, every byte before this line)}.
 */
final class MacLineWriter {

    private static final byte[] LF = {'\n'};

    private final OutputStream out;
    private final Mac4.Incremental mac;

    MacLineWriter(OutputStream out, byte[] key16) {
        this.out = out;
        this.mac = Mac4.start(key16);
    }

    /** Writes {@code line} and LF, and adds both to the MAC. */
    void line(String line) throws IOException {
        byte[] bytes = ascii(line);
        out.write(bytes);
        out.write(LF);
        mac.update(bytes).update(LF);
    }

    /**
     * Writes {@code prefix} followed by the MAC of everything written before, then LF; returns
     * the MAC. Ends the file: nothing more may be written.
     */
    String macLine(String prefix) throws IOException {
        String macHex = mac.finishHex();
        out.write(ascii(prefix + macHex));
        out.write(LF);
        return macHex;
    }

    private static byte[] ascii(String line) {
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c < 0x21 || c > 0x7E) {
                throw new IllegalStateException("file lines are printable ASCII without spaces; found U+"
                        + String.format("%04X", (int) c) + " at position " + (i + 1));
            }
        }
        return line.getBytes(StandardCharsets.US_ASCII);
    }
}
