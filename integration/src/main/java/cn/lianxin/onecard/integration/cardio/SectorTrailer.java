package cn.lianxin.onecard.integration.cardio;

/**
 * Builds the 16 bytes of a MIFARE Classic sector trailer: key A (6) ‖ access bits (3) ‖ user
 * byte (1, the "general purpose byte") ‖ key B (6).
 */
public final class SectorTrailer {

    private SectorTrailer() {
    }

    /** The trailer bytes {@code keyA ‖ bits ‖ userByte ‖ keyB}. */
    public static byte[] encode(byte[] keyA, AccessBits bits, int userByte, byte[] keyB) {
        requireKey("keyA", keyA);
        requireKey("keyB", keyB);
        if (userByte < 0 || userByte > 0xFF) {
            throw new IllegalArgumentException("the user byte is one byte, was " + userByte);
        }
        byte[] trailer = new byte[Mifare1k.BLOCK_BYTES];
        System.arraycopy(keyA, 0, trailer, 0, Mifare1k.KEY_BYTES);
        System.arraycopy(bits.encode(), 0, trailer, 6, 3);
        trailer[9] = (byte) userByte;
        System.arraycopy(keyB, 0, trailer, 10, Mifare1k.KEY_BYTES);
        return trailer;
    }

    private static void requireKey(String name, byte[] key) {
        if (key == null || key.length != Mifare1k.KEY_BYTES) {
            throw new IllegalArgumentException(name + " must be 6 bytes");
        }
    }
}
