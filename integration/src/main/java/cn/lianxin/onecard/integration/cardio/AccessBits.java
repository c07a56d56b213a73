package cn.lianxin.onecard.integration.cardio;

import java.util.Arrays;
import java.util.Optional;

/**
 * The access conditions of one MIFARE Classic sector, as bytes 6–8 of its trailer encode them
 * (NXP MF1S50 datasheet, "Access conditions"): three bits C1 C2 C3 for each of the sector's four
 * blocks, each stored once plain and once inverted.
 *
 * <p>A condition is written here as the three-bit number {@code C1C2C3}, so {@code 0b110} is the
 * datasheet's "1 1 0". Byte layout, bit 7 first:
 * <pre>
 * byte 6: ~C2₃ ~C2₂ ~C2₁ ~C2₀ ~C1₃ ~C1₂ ~C1₁ ~C1₀
 * byte 7:  C1₃  C1₂  C1₁  C1₀ ~C3₃ ~C3₂ ~C3₁ ~C3₀
 * byte 8:  C3₃  C3₂  C3₁  C3₀  C2₃  C2₂  C2₁  C2₀
 * </pre>
 * where the index is the block in the sector (3 = trailer). The factory transport setting
 * {@code FF 07 80} is data blocks {@code 000} and trailer {@code 001}.
 */
public final class AccessBits {

    /** The factory transport configuration {@code FF 07 80}. */
    public static final AccessBits TRANSPORT = of(0b000, 0b000, 0b000, 0b001);

    private final int[] conditions;

    private AccessBits(int[] conditions) {
        this.conditions = conditions;
    }

    /** Access bits with one condition ({@code 0b000..0b111}) per block, trailer last. */
    public static AccessBits of(int block0, int block1, int block2, int trailer) {
        int[] c = {block0, block1, block2, trailer};
        for (int condition : c) {
            if (condition < 0 || condition > 0b111) {
                throw new IllegalArgumentException("an access condition is three bits, was " + condition);
            }
        }
        return new AccessBits(c);
    }

    /** Access bits giving the three data blocks one condition and the trailer another. */
    public static AccessBits of(int dataBlocks, int trailer) {
        return of(dataBlocks, dataBlocks, dataBlocks, trailer);
    }

    /**
     * Decodes trailer bytes 6–8; empty when the inverted copies do not match the plain ones —
     * a format violation that makes the sector unusable on the chip.
     */
    public static Optional<AccessBits> decode(byte[] bytes, int offset) {
        int b6 = bytes[offset] & 0xFF;
        int b7 = bytes[offset + 1] & 0xFF;
        int b8 = bytes[offset + 2] & 0xFF;
        int c1 = b7 >>> 4;
        int c2 = b8 & 0x0F;
        int c3 = b8 >>> 4;
        int notC1 = b6 & 0x0F;
        int notC2 = b6 >>> 4;
        int notC3 = b7 & 0x0F;
        if ((c1 ^ notC1) != 0x0F || (c2 ^ notC2) != 0x0F || (c3 ^ notC3) != 0x0F) {
            return Optional.empty();
        }
        int[] conditions = new int[Mifare1k.BLOCKS_PER_SECTOR];
        for (int i = 0; i < conditions.length; i++) {
            conditions[i] = (bit(c1, i) << 2) | (bit(c2, i) << 1) | bit(c3, i);
        }
        return Optional.of(new AccessBits(conditions));
    }

    /** Decodes the access bits of a whole 16-byte sector trailer (bytes 6–8). */
    public static Optional<AccessBits> ofTrailer(byte[] trailer) {
        if (trailer.length != Mifare1k.BLOCK_BYTES) {
            throw new IllegalArgumentException("a sector trailer is 16 bytes, was " + trailer.length);
        }
        return decode(trailer, 6);
    }

    /** The three trailer bytes 6–8 encoding these conditions. */
    public byte[] encode() {
        int c1 = 0;
        int c2 = 0;
        int c3 = 0;
        for (int i = 0; i < conditions.length; i++) {
            c1 |= ((conditions[i] >>> 2) & 1) << i;
            c2 |= ((conditions[i] >>> 1) & 1) << i;
            c3 |= (conditions[i] & 1) << i;
        }
        int b6 = ((~c2 & 0x0F) << 4) | (~c1 & 0x0F);
        int b7 = (c1 << 4) | (~c3 & 0x0F);
        int b8 = (c3 << 4) | c2;
        return new byte[] {(byte) b6, (byte) b7, (byte) b8};
    }

    /** The condition {@code C1C2C3} of block {@code indexInSector} (0–3, 3 = trailer). */
    public int condition(int indexInSector) {
        if (indexInSector < 0 || indexInSector >= Mifare1k.BLOCKS_PER_SECTOR) {
            throw new IllegalArgumentException("block index in sector must be 0..3, was " + indexInSector);
        }
        return conditions[indexInSector];
    }

    /** The trailer's condition. */
    public int trailerCondition() {
        return conditions[Mifare1k.BLOCKS_PER_SECTOR - 1];
    }

    private static int bit(int nibble, int i) {
        return (nibble >>> i) & 1;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AccessBits other && Arrays.equals(conditions, other.conditions);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(conditions);
    }

    /** For example {@code AccessBits[110 110 000 | 011] = 4C378B}. */
    @Override
    public String toString() {
        StringBuilder s = new StringBuilder("AccessBits[");
        for (int i = 0; i < conditions.length; i++) {
            s.append(i == 3 ? " | " : i > 0 ? " " : "");
            String bits = Integer.toBinaryString(conditions[i]);
            s.append("0".repeat(3 - bits.length())).append(bits);
        }
        return s.append("] = ").append(java.util.HexFormat.of().withUpperCase().formatHex(encode())).toString();
    }
}
