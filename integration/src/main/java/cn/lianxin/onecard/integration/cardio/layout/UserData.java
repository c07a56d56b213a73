package cn.lianxin.onecard.integration.cardio.layout;

import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import cn.lianxin.onecard.integration.keys.KeySystem;
import cn.lianxin.onecard.integration.keys.Mac4;

/**
 * The user data area, sector 6 (blocks 24–26), written by parties granted "information access":
 * <pre>
 * block 24: community id BCD 4 (8 digits) ‖ household id BCD 6 (12 digits) ‖ sign-off date BCD 4
 *           (yyyyMMdd) ‖ 00 00
 * block 25: signing outlet id BCD 4 (8 digits) ‖ 8 × 00
 *           ‖ mac4(K_upload(community), uid 4 ‖ block 24 ‖ block 25 bytes 0–11) 4
 * block 26: 16 × 00 (reserved)
 * </pre>
 *
 * @param communityId 8-digit community id
 * @param householdId 12-digit household id
 * @param signOffDate the date the household signed the card on
 * @param signingOutletId 8-digit id of the outlet that signed it
 */
public record UserData(String communityId, String householdId, LocalDate signOffDate, String signingOutletId) {

    /** Sector of the user data area. */
    public static final int SECTOR = 6;
    /** Blocks of the user data area. */
    public static final List<Integer> BLOCKS = List.of(24, 25, 26);

    /** Checks the fields. */
    public UserData {
        requireDigits(communityId, 8, "communityId");
        requireDigits(householdId, 12, "householdId");
        Objects.requireNonNull(signOffDate, "signOffDate");
        requireDigits(signingOutletId, 8, "signingOutletId");
    }

    /** Blocks 24, 25, 26 for card {@code uid}. */
    public List<byte[]> encode(String uid, KeySystem keys) {
        byte[] b24 = new byte[16];
        Bcd.put(b24, 0, communityId, 8, "communityId");
        Bcd.put(b24, 4, householdId, 12, "householdId");
        Bcd.putDate(b24, 10, signOffDate, "signOffDate");
        byte[] b25 = new byte[16];
        Bcd.put(b25, 0, signingOutletId, 8, "signingOutletId");
        byte[] mac = Mac4.mac4Bytes(keys.uploadKey(communityId), macInput(uid, b24, b25));
        System.arraycopy(mac, 0, b25, 12, 4);
        return List.of(b24, b25, new byte[16]);
    }

    /** Decodes blocks 24 and 25 of card {@code uid}; throws if the MAC does not match. */
    public static UserData decode(String uid, byte[] block24, byte[] block25, KeySystem keys) {
        Bytes.requireBlock(block24, "block 24");
        Bytes.requireBlock(block25, "block 25");
        String community = Bcd.get(block24, 0, 4, "user data community id (block 24)");
        byte[] expected = Mac4.mac4Bytes(keys.uploadKey(community), macInput(uid, block24, block25));
        if (!MessageDigest.isEqual(expected, Arrays.copyOfRange(block25, 12, 16))) {
            throw new CardLayoutException("user data (sector 6, block 25): MAC does not match card " + uid);
        }
        return new UserData(community,
                Bcd.get(block24, 4, 6, "user data household id (block 24)"),
                Bcd.getDate(block24, 10, "user data sign-off date (block 24)"),
                Bcd.get(block25, 0, 4, "user data signing outlet (block 25)"));
    }

    /** uid ‖ block 24 ‖ block 25 bytes 0–11 (32 bytes). */
    static byte[] macInput(String uid, byte[] block24, byte[] block25) {
        return Bytes.concat(Bytes.uidBytes(uid), block24, Arrays.copyOfRange(block25, 0, 12));
    }

    static void requireDigits(String value, int length, String name) {
        if (value == null || value.length() != length || !value.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new IllegalArgumentException(name + " must be " + length + " digits, was \"" + value + "\"");
        }
    }
}
