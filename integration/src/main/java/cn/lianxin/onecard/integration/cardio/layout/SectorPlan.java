package cn.lianxin.onecard.integration.cardio.layout;

import java.util.List;
import java.util.Objects;

import cn.lianxin.onecard.integration.cardio.AccessBits;
import cn.lianxin.onecard.integration.cardio.Mifare1k;
import cn.lianxin.onecard.integration.cardio.SectorTrailer;
import cn.lianxin.onecard.integration.keys.KeySlot;
import cn.lianxin.onecard.integration.keys.KeySystem;

/**
 * The sector trailers this project writes: keys, access bits and user byte per sector, derived
 * from the "who may read / write" column of card-layout.md. Every trailer has condition 011
 * (keys and access bits written only with key B, the centre's; key B not readable, so usable).
 *
 * <table>
 *   <caption>Access bits per sector</caption>
 *   <tr><th>sector</th><th>data blocks</th><th>bytes 6–8</th><th>meaning</th></tr>
 *   <tr><td>0, 1, 3, 6, 7</td><td>100 100 100</td><td>{@code 787788}</td><td>read A|B, write B</td></tr>
 *   <tr><td>2</td><td>110 110 000</td><td>{@code 4C378B}</td><td>blocks 8/9: read A|B, decrement/transfer/restore
 *       A|B, increment and write B; block 10: read and write A|B (a consumption terminal, holding
 *       only key A, must write the new counter and MAC after a debit — the MAC, not the access
 *       bits, protects it)</td></tr>
 *   <tr><td>4, 5</td><td>000 000 000</td><td>{@code 7F0788}</td><td>read and write A|B (terminals append records with key A)</td></tr>
 *   <tr><td>12–15</td><td>011 011 011</td><td>{@code 0F00FF}</td><td>read and write B only (reserved for the centre)</td></tr>
 *   <tr><td>8–11</td><td colspan="3">not written: the bus system's</td></tr>
 * </table>
 * Key A of sector 0 is the public MAD key {@code A0A1A2A3A4A5}; every other key is the
 * diversified sector key of interfaces.md §2. The user byte is {@code C1} in sector 0 (MAD v1)
 * and {@code 00} elsewhere.
 */
public final class SectorPlan {

    /** Read with A or B, write with B; trailer 011. */
    public static final AccessBits READ_A_WRITE_B = AccessBits.of(0b100, 0b011);
    /** The wallet sector: value blocks 110, control block 000, trailer 011. */
    public static final AccessBits WALLET = AccessBits.of(0b110, 0b110, 0b000, 0b011);
    /** Transaction records: read and write with A or B; trailer 011. */
    public static final AccessBits RECORDS = AccessBits.of(0b000, 0b011);
    /** Reserved sectors: read and write with B only; trailer 011. */
    public static final AccessBits RESERVED = AccessBits.of(0b011, 0b011);

    /** Sectors this project initialises, in the order the initialiser writes them (directory last). */
    public static final List<Integer> SECTORS_WRITTEN = List.of(1, 2, 3, 4, 5, 6, 7, 12, 13, 14, 15, 0);

    private SectorPlan() {
    }

    /** Whether the project writes {@code sector} (false for the bus sectors 8–11). */
    public static boolean isProjectSector(int sector) {
        return SECTORS_WRITTEN.contains(Mifare1k.requireSector(sector));
    }

    /** The access bits of {@code sector}. */
    public static AccessBits accessBits(int sector) {
        requireProjectSector(sector);
        return switch (sector) {
            case 2 -> WALLET;
            case 4, 5 -> RECORDS;
            case 12, 13, 14, 15 -> RESERVED;
            default -> READ_A_WRITE_B;
        };
    }

    /** The user (general purpose) byte of {@code sector}'s trailer. */
    public static int userByte(int sector) {
        requireProjectSector(sector);
        return sector == 0 ? Mad.GENERAL_PURPOSE_BYTE_V1 : 0x00;
    }

    /** The key of {@code sector} in {@code slot} for card {@code uid}. */
    public static byte[] key(String uid, int sector, KeySlot slot, KeySystem keys) {
        requireProjectSector(sector);
        Objects.requireNonNull(slot, "slot");
        if (sector == 0 && slot == KeySlot.A) {
            return Mad.publicKeyA();
        }
        return keys.sectorKey(uid, sector, slot);
    }

    /** The 16-byte trailer of {@code sector} for card {@code uid}. Contains keys: never log it. */
    public static byte[] trailer(String uid, int sector, KeySystem keys) {
        return SectorTrailer.encode(key(uid, sector, KeySlot.A, keys), accessBits(sector), userByte(sector),
                key(uid, sector, KeySlot.B, keys));
    }

    private static void requireProjectSector(int sector) {
        if (!isProjectSector(sector)) {
            throw new IllegalArgumentException("sector " + sector + " is a bus sector; this system never writes it");
        }
    }
}
