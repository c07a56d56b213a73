package cn.lianxin.onecard.integration.keys;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

/**
 * The working keys of interfaces.md §2, derived from the {@link MasterKeys}: the TAC key of a
 * terminal's PSAM, the file-MAC key of a community, the wallet key and the MIFARE sector keys
 * of a card; and the MACs made with them. Immutable and thread-safe.
 *
 * <p>Identifiers are checked strictly against interfaces.md §1 (upper-case hex, exact length);
 * a malformed one is an {@link IllegalArgumentException} naming the argument and the reason.
 */
public final class KeySystem {

    /** Length of a MIFARE Classic sector key in bytes. */
    public static final int SECTOR_KEY_BYTES = 6;
    /** Number of sectors of a MIFARE Classic 1K card. */
    public static final int SECTORS = 16;

    private static final HexFormat HEX = HexFormat.of();

    private final MasterKeys masterKeys;

    /** A key system over the given master keys. */
    public KeySystem(MasterKeys masterKeys) {
        Args.requireNonNull("masterKeys", masterKeys);
        this.masterKeys = masterKeys;
    }

    /** {@code K_tac(psam) = div(MK_TAC, psam id as 6 bytes)}; psamId is 12 upper-case hex. */
    public byte[] tacKey(String psamId) {
        Args.requireChars("psamId", psamId, 12, true);
        return KeyDiversification.div(masterKeys.tac(), HEX.parseHex(psamId));
    }

    /** {@code K_upload(community) = div(MK_UPLOAD, community id as 8 ASCII bytes)}; 8 digits. */
    public byte[] uploadKey(String communityId) {
        Args.requireChars("communityId", communityId, 8, false);
        return KeyDiversification.div(masterKeys.upload(), communityId.getBytes(StandardCharsets.US_ASCII));
    }

    /** {@code K_wallet(uid) = div(MK_WALLET, uid as 4 bytes)}; uid is 8 upper-case hex. */
    public byte[] walletKey(String uid) {
        Args.requireChars("uid", uid, 8, true);
        return KeyDiversification.div(masterKeys.wallet(), HEX.parseHex(uid));
    }

    /**
     * The MIFARE key of one sector of one card: the first 6 bytes of
     * {@code div(MK_SECTOR, uid 4 bytes ‖ sector 1 byte ‖ 0x0A or 0x0B)}.
     *
     * <p>This is the bare derivation; who may obtain which sector's key is
     * {@link SectorKeyService}'s decision.
     *
     * @param sector 0..15
     */
    public byte[] sectorKey(String uid, int sector, KeySlot slot) {
        Args.requireChars("uid", uid, 8, true);
        if (sector < 0 || sector >= SECTORS) {
            throw new IllegalArgumentException("sector must be 0.." + (SECTORS - 1) + ", was " + sector);
        }
        Args.requireNonNull("slot", slot);
        byte[] data = new byte[6];
        System.arraycopy(HEX.parseHex(uid), 0, data, 0, 4);
        data[4] = (byte) sector;
        data[5] = slot.code();
        byte[] full = KeyDiversification.div(masterKeys.sector(), data);
        byte[] key = new byte[SECTOR_KEY_BYTES];
        System.arraycopy(full, 0, key, 0, SECTOR_KEY_BYTES);
        return key;
    }

    /** The TAC a terminal with this PSAM writes for {@code data}: {@code mac4(K_tac(psam), data)}. */
    public String tac(String psamId, byte[] data) {
        return Mac4.mac4(tacKey(psamId), data);
    }

    /** The MAC of a file to or from this community: {@code mac4(K_upload(community), data)}. */
    public String uploadMac(String communityId, byte[] data) {
        return Mac4.mac4(uploadKey(communityId), data);
    }

    /** The MAC over a card's wallet control block: {@code mac4(K_wallet(uid), data)}. */
    public String walletMac(String uid, byte[] data) {
        return Mac4.mac4(walletKey(uid), data);
    }

    @Override
    public String toString() {
        return "KeySystem[redacted]";
    }
}
