package cn.lianxin.onecard.integration.cardio.layout;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.bouncycastle.crypto.digests.SM3Digest;

/**
 * The public information area, sector 3 (blocks 12–14):
 * <pre>
 * block 12: holder category 1 ‖ 15 × 00
 * block 13: holder-name hash: the first 16 bytes of SM3(uid 4 ‖ name as UTF-8)
 * block 14: certificate-number hash: the first 16 bytes of SM3(uid 4 ‖ certificate number as
 *           upper-case ASCII)
 * </pre>
 * The UID in the hash input keeps one card's hashes from matching another's and from a table
 * computed once for all cards. It does not make an 18-character certificate number
 * unguessable: anyone reading the card can still try candidates one by one. The hashes let a
 * clerk confirm a holder, they do not hide who the holder is.
 *
 * @param category holder category
 * @param nameHash 16-byte name hash as 32 upper-case hex digits
 * @param certificateHash 16-byte certificate-number hash as 32 upper-case hex digits
 */
public record PublicInformation(HolderCategory category, String nameHash, String certificateHash) {

    /** Sector of the public information area. */
    public static final int SECTOR = 3;
    /** Blocks of the public information area. */
    public static final List<Integer> BLOCKS = List.of(12, 13, 14);

    /** Checks the fields. */
    public PublicInformation {
        Objects.requireNonNull(category, "category");
        requireHash(nameHash, "nameHash");
        requireHash(certificateHash, "certificateHash");
    }

    /** The public information of card {@code uid} for a holder with this name and certificate number. */
    public static PublicInformation of(String uid, HolderCategory category, String holderName, String certificateNumber) {
        return new PublicInformation(category, nameHash(uid, holderName), certificateHash(uid, certificateNumber));
    }

    /** The name hash of {@code holderName} on card {@code uid}. */
    public static String nameHash(String uid, String holderName) {
        Objects.requireNonNull(holderName, "holderName");
        return hash(uid, holderName.strip().getBytes(StandardCharsets.UTF_8));
    }

    /** The certificate-number hash of {@code certificateNumber} on card {@code uid}. */
    public static String certificateHash(String uid, String certificateNumber) {
        Objects.requireNonNull(certificateNumber, "certificateNumber");
        return hash(uid, certificateNumber.strip().toUpperCase(Locale.ROOT).getBytes(StandardCharsets.US_ASCII));
    }

    /** Whether {@code holderName} is the name hashed on card {@code uid}. */
    public boolean nameMatches(String uid, String holderName) {
        return MessageDigest.isEqual(nameHash(uid, holderName).getBytes(StandardCharsets.US_ASCII),
                nameHash.getBytes(StandardCharsets.US_ASCII));
    }

    /** Whether {@code certificateNumber} is the one hashed on card {@code uid}. */
    public boolean certificateMatches(String uid, String certificateNumber) {
        return MessageDigest.isEqual(certificateHash(uid, certificateNumber).getBytes(StandardCharsets.US_ASCII),
                certificateHash.getBytes(StandardCharsets.US_ASCII));
    }

    /** Blocks 12, 13, 14. */
    public List<byte[]> encode() {
        byte[] b12 = new byte[16];
        b12[0] = (byte) category.code();
        return List.of(b12, Bytes.HEX.parseHex(nameHash), Bytes.HEX.parseHex(certificateHash));
    }

    /** Decodes blocks 12, 13, 14. */
    public static PublicInformation decode(byte[] block12, byte[] block13, byte[] block14) {
        Bytes.requireBlock(block12, "block 12");
        Bytes.requireBlock(block13, "block 13");
        Bytes.requireBlock(block14, "block 14");
        return new PublicInformation(HolderCategory.ofCode(block12[0] & 0xFF), Bytes.HEX.formatHex(block13),
                Bytes.HEX.formatHex(block14));
    }

    private static String hash(String uid, byte[] value) {
        byte[] input = Bytes.concat(Bytes.uidBytes(uid), value);
        SM3Digest sm3 = new SM3Digest();
        sm3.update(input, 0, input.length);
        byte[] digest = new byte[sm3.getDigestSize()];
        sm3.doFinal(digest, 0);
        return Bytes.HEX.formatHex(Arrays.copyOf(digest, 16));
    }

    private static void requireHash(String hash, String name) {
        if (hash == null || !hash.matches("[0-9A-F]{32}")) {
            throw new IllegalArgumentException(name + " must be 32 upper-case hex digits");
        }
    }
}
