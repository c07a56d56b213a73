package cn.lianxin.onecard.integration.cardio.layout;

import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import cn.lianxin.onecard.integration.keys.KeySystem;
import cn.lianxin.onecard.integration.keys.Mac4;

/**
 * The door-lock area, sector 7 (blocks 28–30), read by the community's door controllers:
 * <pre>
 * block 28: community id BCD 4 (8 digits) ‖ door group code BCD 2 (4 digits) ‖ valid-until date
 *           BCD 4 (yyyyMMdd) ‖ 00 00 ‖ mac4(K_upload(community), uid 4 ‖ block 28 bytes 0–11) 4
 * block 29, 30: 16 × 00 (reserved)
 * </pre>
 * The MAC uses the community's key, which its door controllers hold as community terminals.
 *
 * @param communityId 8-digit community id
 * @param doorGroupCode 4-digit door group of the household in that community
 * @param validUntil last day the card opens the doors
 */
public record DoorLock(String communityId, String doorGroupCode, LocalDate validUntil) {

    /** Sector of the door-lock area. */
    public static final int SECTOR = 7;
    /** Blocks of the door-lock area. */
    public static final List<Integer> BLOCKS = List.of(28, 29, 30);

    /** Checks the fields. */
    public DoorLock {
        UserData.requireDigits(communityId, 8, "communityId");
        UserData.requireDigits(doorGroupCode, 4, "doorGroupCode");
        Objects.requireNonNull(validUntil, "validUntil");
    }

    /** Blocks 28, 29, 30 for card {@code uid}. */
    public List<byte[]> encode(String uid, KeySystem keys) {
        byte[] b28 = new byte[16];
        Bcd.put(b28, 0, communityId, 8, "communityId");
        Bcd.put(b28, 4, doorGroupCode, 4, "doorGroupCode");
        Bcd.putDate(b28, 6, validUntil, "validUntil");
        byte[] mac = Mac4.mac4Bytes(keys.uploadKey(communityId), macInput(uid, b28));
        System.arraycopy(mac, 0, b28, 12, 4);
        return List.of(b28, new byte[16], new byte[16]);
    }

    /** Decodes block 28 of card {@code uid}; throws if the MAC does not match. */
    public static DoorLock decode(String uid, byte[] block28, KeySystem keys) {
        Bytes.requireBlock(block28, "block 28");
        String community = Bcd.get(block28, 0, 4, "door lock community id (block 28)");
        byte[] expected = Mac4.mac4Bytes(keys.uploadKey(community), macInput(uid, block28));
        if (!MessageDigest.isEqual(expected, Arrays.copyOfRange(block28, 12, 16))) {
            throw new CardLayoutException("door lock (sector 7, block 28): MAC does not match card " + uid);
        }
        return new DoorLock(community, Bcd.get(block28, 4, 2, "door lock group code (block 28)"),
                Bcd.getDate(block28, 6, "door lock valid-until date (block 28)"));
    }

    /** Whether the card opens doors on {@code day}. */
    public boolean isValidOn(LocalDate day) {
        return !day.isAfter(validUntil);
    }

    /** uid ‖ block 28 bytes 0–11 (16 bytes). */
    static byte[] macInput(String uid, byte[] block28) {
        return Bytes.concat(Bytes.uidBytes(uid), Arrays.copyOfRange(block28, 0, 12));
    }
}
