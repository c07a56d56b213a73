package cn.lianxin.onecard.integration.format;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import cn.lianxin.onecard.integration.keys.KeySystem;
import cn.lianxin.onecard.integration.keys.MasterKeys;

/** The example files of interfaces.md §3 (test resources, byte for byte) and file-building helpers. */
final class SpecExamples {

    static final String CONS = "CONS_32030101_20261106_000001.DAT";
    static final String ACK = "ACK_32030101_20261106_000001.DAT";
    static final String BLK = "BLK_32030101_0000000001.DAT";
    static final String BLA = "BLA_32030101_0000000001.DAT";

    static final KeySystem KEYS = new KeySystem(MasterKeys.testKeys());

    private SpecExamples() {
    }

    static byte[] bytes(String name) {
        try (InputStream in = SpecExamples.class.getResourceAsStream("/spec-examples/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The example's lines, without their LF. */
    static List<String> lines(String name) {
        return new ArrayList<>(List.of(new String(bytes(name), StandardCharsets.US_ASCII).split("\n")));
    }

    /**
     * A CONS file from {@code lines} (header and details, as text), joined with {@code ending},
     * closed by a trailer {@code TRL1 ‖ count ‖ total ‖ mac} whose MAC is computed here over
     * the bytes before it with {@link KeySystem#uploadMac} — independently of the reader.
     */
    static byte[] consFile(List<String> lines, String ending, long count, long totalFen) {
        StringBuilder body = new StringBuilder();
        for (String line : lines) {
            body.append(line).append(ending);
        }
        byte[] before = body.toString().getBytes(StandardCharsets.US_ASCII);
        String mac = KEYS.uploadMac("32030101", before);
        String trailer = String.format("TRL1%08d%014d%s%s", count, totalFen, mac, ending);
        return (body + trailer).getBytes(StandardCharsets.US_ASCII);
    }

    /** {@code line} with the characters from 1-based {@code position} replaced by {@code text}. */
    static String replaceAt(String line, int position, String text) {
        return line.substring(0, position - 1) + text + line.substring(position - 1 + text.length());
    }
}
