package cn.lianxin.onecard.integration.format;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import cn.lianxin.onecard.integration.keys.KeySystem;
import cn.lianxin.onecard.integration.keys.Mac4;

/**
 * Writes and reads blacklist confirmations (interfaces.md §3.3): one line, 44 characters,
 * {@code BLA1} ‖ community id ‖ version ‖ applied at ‖
 * {@code mac4(K_upload(community), the 36 characters before it)}, ending in LF.
 */
public final class BlacklistConfirmationCodec {

    static final Field TAG = new Field("record tag", 1, 4);
    static final Field COMMUNITY = new Field("community id", 5, 8);
    static final Field VERSION = new Field("version", 13, 10);
    static final Field APPLIED = new Field("applied at", 23, 14);
    static final Field MAC = new Field("MAC", 37, 8);
    static final int LENGTH = 44;

    static {
        Field.checkLayout("BLA line", LENGTH, TAG, COMMUNITY, VERSION, APPLIED, MAC);
    }

    private BlacklistConfirmationCodec() {
    }

    /** Writes {@code confirmation} to {@code out} (not closed). */
    public static void write(BlacklistConfirmation confirmation, KeySystem keys, OutputStream out) throws IOException {
        Ascii.requireNonNull("confirmation", confirmation);
        String covered = "BLA1" + confirmation.communityId() + Ascii.digits(confirmation.version(), 10)
                + Ascii.dateTime(confirmation.appliedAt());
        String line = covered + keys.uploadMac(confirmation.communityId(), covered.getBytes(StandardCharsets.US_ASCII))
                + "\n";
        out.write(line.getBytes(StandardCharsets.US_ASCII));
    }

    /** {@code confirmation} as the bytes of its file. */
    public static byte[] toBytes(BlacklistConfirmation confirmation, KeySystem keys) {
        return InMemory.bytes(out -> write(confirmation, keys, out));
    }

    /**
     * Reads a confirmation (ending LF, CRLF or none), verifying its MAC.
     *
     * @throws FormatException {@code F001} for structure, {@code F002} for a wrong MAC
     */
    public static BlacklistConfirmation read(InputStream in, KeySystem keys) throws IOException {
        LineInput input = new LineInput(in, ConsReader.MAX_LINE_BYTES);
        LineInput.RawLine line = input.next();
        if (line == null) {
            throw new FormatException(new FormatFault(ReasonCode.F001, 0, "BLA line", 0, "the file is empty"));
        }
        FieldParser.requireNotOverLong(line, 1);
        FieldParser.requireTag(line, 1, "BLA1", "blacklist confirmation");
        FieldParser.requireLength(line, 1, "the BLA1 line", LENGTH);
        FieldParser p = new FieldParser(line.content(), 1, ReasonCode.F001);
        String community = p.digits(COMMUNITY);
        long version = p.number(VERSION, 1, BlacklistFile.MAX_VERSION);
        BlacklistConfirmation confirmation = new BlacklistConfirmation(community, version, p.dateTime(APPLIED));
        String mac = p.upperHex(MAC);
        if (input.next() != null) {
            throw new FormatException(new FormatFault(ReasonCode.F001, 2, "record tag", 1,
                    "a confirmation is one line; nothing may follow it"));
        }
        byte[] covered = Arrays.copyOf(line.content(), MAC.start());
        if (!Mac4.matches(keys.uploadKey(community), covered, mac)) {
            throw new FormatException(new FormatFault(ReasonCode.F002, 1, MAC.name(), MAC.position(),
                    "is not mac4(K_upload(" + community + "), characters 1–36)"));
        }
        return confirmation;
    }
}
