package cn.lianxin.onecard.integration.cardio.layout;

import java.util.Arrays;
import java.util.HexFormat;

/**
 * The MIFARE Application Directory, version 1 (NXP AN10787), in sector 0: block 1 is
 * CRC ‖ info byte ‖ AIDs of sectors 1–7, block 2 the AIDs of sectors 8–15. Each AID is two bytes
 * stored application code first, function-cluster code second (so AID {@code 0x8801} is stored
 * {@code 01 88}). The info byte's bits 0–5 name the card publisher sector. The CRC is CRC-8 with
 * polynomial x⁸+x⁴+x³+x²+1 ({@code 0x1D}), preset {@code 0xC7}, no reflection, over the info byte
 * and the 30 AID bytes. Sector 0's trailer carries the general purpose byte {@code C1} (MAD
 * available, multi-application card, MAD version 1) and the public key A {@code A0A1A2A3A4A5}.
 *
 * <p>This project's application ids. Function clusters are AN10787's; the application codes
 * are chosen by the project and not registered with NXP — register them (or take the ones NXP
 * assigns) before cards are issued outside the test environment:
 * <table>
 *   <caption>AIDs</caption>
 *   <tr><th>sector</th><th>AID</th><th>cluster</th><th>area</th></tr>
 *   <tr><td>1</td><td>4001</td><td>40 city card services</td><td>issuance (card publisher sector)</td></tr>
 *   <tr><td>2</td><td>8801</td><td>88 electronic purse</td><td>public wallet</td></tr>
 *   <tr><td>3</td><td>4002</td><td>40 city card services</td><td>public information</td></tr>
 *   <tr><td>4–5</td><td>8802</td><td>88 electronic purse</td><td>transaction records</td></tr>
 *   <tr><td>6</td><td>4003</td><td>40 city card services</td><td>user data (property)</td></tr>
 *   <tr><td>7</td><td>4801</td><td>48 access control &amp; security</td><td>door lock</td></tr>
 *   <tr><td>8–11</td><td>2001</td><td>20 bus services</td><td>bus (placeholder until the transit company names its AID)</td></tr>
 *   <tr><td>12–15</td><td>0002</td><td>administration: sector reserved</td><td>reserved</td></tr>
 * </table>
 */
public final class Mad {

    /** Sector is free. */
    public static final int AID_FREE = 0x0000;
    /** Sector is reserved (AN10787 administration code). */
    public static final int AID_RESERVED = 0x0002;
    /** Issuance area, sector 1. */
    public static final int AID_ISSUANCE = 0x4001;
    /** Public wallet, sector 2. */
    public static final int AID_WALLET = 0x8801;
    /** Public information, sector 3. */
    public static final int AID_PUBLIC_INFORMATION = 0x4002;
    /** Transaction records, sectors 4–5. */
    public static final int AID_TRANSACTION_RECORDS = 0x8802;
    /** User data, sector 6. */
    public static final int AID_USER_DATA = 0x4003;
    /** Door lock, sector 7. */
    public static final int AID_DOOR_LOCK = 0x4801;
    /** Bus sectors 8–11 (the transit company's). */
    public static final int AID_BUS = 0x2001;
    /** General purpose byte of sector 0's trailer for MAD v1: DA=1, MA=1, ADV=01. */
    public static final int GENERAL_PURPOSE_BYTE_V1 = 0xC1;

    private static final String PUBLIC_KEY_A_HEX = "A0A1A2A3A4A5";
    private static final int CRC_PRESET = 0xC7;
    private static final int CRC_POLYNOMIAL = 0x1D;

    private final int cardPublisherSector;
    private final int[] aids;

    private Mad(int cardPublisherSector, int[] aids) {
        this.cardPublisherSector = cardPublisherSector;
        this.aids = aids;
    }

    /** The public MAD key A of sector 0, {@code A0A1A2A3A4A5}. */
    public static byte[] publicKeyA() {
        return HexFormat.of().parseHex(PUBLIC_KEY_A_HEX);
    }

    /** This project's directory (the table above), card publisher sector 1. */
    public static Mad projectDirectory() {
        int[] aids = new int[16];
        aids[1] = AID_ISSUANCE;
        aids[2] = AID_WALLET;
        aids[3] = AID_PUBLIC_INFORMATION;
        aids[4] = AID_TRANSACTION_RECORDS;
        aids[5] = AID_TRANSACTION_RECORDS;
        aids[6] = AID_USER_DATA;
        aids[7] = AID_DOOR_LOCK;
        for (int sector = 8; sector <= 11; sector++) {
            aids[sector] = AID_BUS;
        }
        for (int sector = 12; sector <= 15; sector++) {
            aids[sector] = AID_RESERVED;
        }
        return new Mad(1, aids);
    }

    /** A directory with the given card publisher sector (0 = none) and AIDs of sectors 1–15 (index 0 unused). */
    public static Mad of(int cardPublisherSector, int[] aidsBySector) {
        if (cardPublisherSector < 0 || cardPublisherSector > 15) {
            throw new IllegalArgumentException("the card publisher sector must be 0..15, was " + cardPublisherSector);
        }
        if (aidsBySector.length != 16) {
            throw new IllegalArgumentException("give 16 AIDs, index = sector (index 0 ignored)");
        }
        int[] aids = aidsBySector.clone();
        aids[0] = 0;
        for (int aid : aids) {
            if (aid < 0 || aid > 0xFFFF) {
                throw new IllegalArgumentException("an AID is two bytes, was " + aid);
            }
        }
        return new Mad(cardPublisherSector, aids);
    }

    /** The AID of {@code sector} (1–15). */
    public int aid(int sector) {
        if (sector < 1 || sector > 15) {
            throw new IllegalArgumentException("MAD v1 names sectors 1..15, was " + sector);
        }
        return aids[sector];
    }

    /** The card publisher sector named by the info byte (0 = none). */
    public int cardPublisherSector() {
        return cardPublisherSector;
    }

    /** Blocks 1 and 2 of sector 0. */
    public byte[][] encode() {
        byte[] payload = payload();
        byte[] block1 = new byte[16];
        byte[] block2 = new byte[16];
        block1[0] = (byte) crc8(payload);
        System.arraycopy(payload, 0, block1, 1, 15);
        System.arraycopy(payload, 15, block2, 0, 16);
        return new byte[][] {block1, block2};
    }

    /** Decodes blocks 1 and 2; throws if the CRC does not match or the info byte is malformed. */
    public static Mad decode(byte[] block1, byte[] block2) {
        Bytes.requireBlock(block1, "MAD block 1");
        Bytes.requireBlock(block2, "MAD block 2");
        byte[] payload = new byte[31];
        System.arraycopy(block1, 1, payload, 0, 15);
        System.arraycopy(block2, 0, payload, 15, 16);
        int crc = crc8(payload);
        if ((block1[0] & 0xFF) != crc) {
            throw new CardLayoutException(String.format("MAD (sector 0, block 1): CRC is %02X, the content gives %02X",
                    block1[0] & 0xFF, crc));
        }
        int info = payload[0] & 0xFF;
        if ((info & 0xC0) != 0 || (info & 0x3F) > 15) {
            throw new CardLayoutException(String.format("MAD (sector 0, block 1): info byte %02X names no sector of a 1K card", info));
        }
        int[] aids = new int[16];
        for (int sector = 1; sector <= 15; sector++) {
            int offset = 1 + 2 * (sector - 1);
            aids[sector] = (payload[offset] & 0xFF) | (payload[offset + 1] & 0xFF) << 8;
        }
        return new Mad(info, aids);
    }

    /** CRC-8 of AN10787 (polynomial 0x1D, preset 0xC7, MSB first, no final XOR). */
    public static int crc8(byte[] data) {
        int crc = CRC_PRESET;
        for (byte b : data) {
            crc ^= b & 0xFF;
            for (int bit = 0; bit < 8; bit++) {
                crc = (crc & 0x80) != 0 ? (crc << 1 ^ CRC_POLYNOMIAL) & 0xFF : crc << 1 & 0xFF;
            }
        }
        return crc;
    }

    private byte[] payload() {
        byte[] payload = new byte[31];
        payload[0] = (byte) cardPublisherSector;
        for (int sector = 1; sector <= 15; sector++) {
            int offset = 1 + 2 * (sector - 1);
            payload[offset] = (byte) aids[sector];
            payload[offset + 1] = (byte) (aids[sector] >>> 8);
        }
        return payload;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Mad other && cardPublisherSector == other.cardPublisherSector
                && Arrays.equals(aids, other.aids);
    }

    @Override
    public int hashCode() {
        return 31 * cardPublisherSector + Arrays.hashCode(aids);
    }

    @Override
    public String toString() {
        StringBuilder s = new StringBuilder("Mad[publisher=").append(cardPublisherSector);
        for (int sector = 1; sector <= 15; sector++) {
            s.append(sector == 1 ? ", aids=" : " ").append(String.format("%04X", aids[sector]));
        }
        return s.append(']').toString();
    }
}
