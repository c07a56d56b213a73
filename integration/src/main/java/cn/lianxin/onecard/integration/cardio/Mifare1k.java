package cn.lianxin.onecard.integration.cardio;

/**
 * Geometry of a MIFARE Classic 1K card: 16 sectors of 4 blocks of 16 bytes, block 3 of each
 * sector (absolute block {@code 4·s+3}) being the sector trailer, block 0 the manufacturer block.
 */
public final class Mifare1k {

    /** Number of sectors. */
    public static final int SECTORS = 16;
    /** Blocks in a sector. */
    public static final int BLOCKS_PER_SECTOR = 4;
    /** Blocks on the card (0–63). */
    public static final int BLOCKS = SECTORS * BLOCKS_PER_SECTOR;
    /** Bytes in a block. */
    public static final int BLOCK_BYTES = 16;
    /** Bytes in a key (A or B). */
    public static final int KEY_BYTES = 6;
    /** Bytes in a 4-byte NUID. */
    public static final int UID_BYTES = 4;

    private Mifare1k() {
    }

    /** The sector that holds {@code block}. */
    public static int sectorOf(int block) {
        requireBlock(block);
        return block / BLOCKS_PER_SECTOR;
    }

    /** The position of {@code block} inside its sector, 0–3 (3 = trailer). */
    public static int indexInSector(int block) {
        requireBlock(block);
        return block % BLOCKS_PER_SECTOR;
    }

    /** Whether {@code block} is a sector trailer. */
    public static boolean isTrailer(int block) {
        return indexInSector(block) == BLOCKS_PER_SECTOR - 1;
    }

    /** The absolute number of block {@code index} (0–3) of {@code sector}. */
    public static int block(int sector, int index) {
        requireSector(sector);
        if (index < 0 || index >= BLOCKS_PER_SECTOR) {
            throw new IllegalArgumentException("block index in sector must be 0..3, was " + index);
        }
        return sector * BLOCKS_PER_SECTOR + index;
    }

    /** The trailer block of {@code sector}. */
    public static int trailerOf(int sector) {
        return block(sector, BLOCKS_PER_SECTOR - 1);
    }

    /** Throws unless {@code block} is 0–63. */
    public static int requireBlock(int block) {
        if (block < 0 || block >= BLOCKS) {
            throw new IllegalArgumentException("block must be 0..63, was " + block);
        }
        return block;
    }

    /** Throws unless {@code sector} is 0–15. */
    public static int requireSector(int sector) {
        if (sector < 0 || sector >= SECTORS) {
            throw new IllegalArgumentException("sector must be 0..15, was " + sector);
        }
        return sector;
    }
}
