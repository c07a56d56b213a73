package cn.lianxin.onecard.integration.cardio;

/**
 * The MIFARE Classic value-block format (MF1S50 datasheet, "Value blocks"): a signed 4-byte
 * value stored three times (plain, inverted, plain, least significant byte first) followed by a
 * one-byte address stored four times (plain, inverted, plain, inverted):
 * {@code value ‖ ~value ‖ value ‖ addr ‖ ~addr ‖ addr ‖ ~addr}.
 *
 * <p>The address byte is not checked by the chip; applications use it to name a backup block.
 */
public final class ValueBlock {

    private ValueBlock() {
    }

    /** The 16 bytes of a value block holding {@code value} with address byte {@code address}. */
    public static byte[] encode(int value, int address) {
        if (address < 0 || address > 0xFF) {
            throw new IllegalArgumentException("a value block address is one byte, was " + address);
        }
        byte[] b = new byte[Mifare1k.BLOCK_BYTES];
        putLittleEndian(b, 0, value);
        putLittleEndian(b, 4, ~value);
        putLittleEndian(b, 8, value);
        b[12] = (byte) address;
        b[13] = (byte) ~address;
        b[14] = (byte) address;
        b[15] = (byte) ~address;
        return b;
    }

    /** Whether {@code block} is a well-formed value block (all copies agree). */
    public static boolean isValid(byte[] block) {
        if (block == null || block.length != Mifare1k.BLOCK_BYTES) {
            return false;
        }
        int v = getLittleEndian(block, 0);
        return getLittleEndian(block, 4) == ~v
                && getLittleEndian(block, 8) == v
                && block[12] == (byte) ~block[13]
                && block[14] == block[12]
                && block[15] == block[13];
    }

    /** The value of a well-formed value block; throws if the block is not one. */
    public static int value(byte[] block) {
        requireValid(block);
        return getLittleEndian(block, 0);
    }

    /** The address byte (0–255) of a well-formed value block; throws if the block is not one. */
    public static int address(byte[] block) {
        requireValid(block);
        return block[12] & 0xFF;
    }

    private static void requireValid(byte[] block) {
        if (!isValid(block)) {
            throw new IllegalArgumentException("not a MIFARE value block");
        }
    }

    private static void putLittleEndian(byte[] b, int offset, int v) {
        b[offset] = (byte) v;
        b[offset + 1] = (byte) (v >>> 8);
        b[offset + 2] = (byte) (v >>> 16);
        b[offset + 3] = (byte) (v >>> 24);
    }

    private static int getLittleEndian(byte[] b, int offset) {
        return (b[offset] & 0xFF)
                | (b[offset + 1] & 0xFF) << 8
                | (b[offset + 2] & 0xFF) << 16
                | (b[offset + 3] & 0xFF) << 24;
    }
}
