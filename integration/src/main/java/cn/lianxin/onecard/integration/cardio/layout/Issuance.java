package cn.lianxin.onecard.integration.cardio.layout;

import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import cn.lianxin.onecard.integration.keys.KeySystem;
import cn.lianxin.onecard.integration.keys.Mac4;

/**
 * The issuance area, sector 1 (blocks 4–6):
 * <pre>
 * block 4: card number  BCD 8 (16 digits) ‖ city code BCD 2 (4 digits) ‖ issuer code BCD 4 (8 digits)
 *          ‖ card type 1 ‖ card status 1
 * block 5: issue date BCD 4 (yyyyMMdd) ‖ expiry date BCD 4 ‖ deposit fen 4 (unsigned, big-endian)
 *          ‖ mac4(K_wallet(uid), uid 4 ‖ block 4 ‖ block 5 bytes 0–11) 4
 * block 6: 16 × 00 (reserved)
 * </pre>
 *
 * @param cardNumber the issuer's 16-digit card number
 * @param cityCode 4-digit city code (the card number's first four digits in the examples)
 * @param issuerCode 8-digit issuer code
 * @param cardType card type byte, 0–255 ({@code 01} resident card is the only one issued so far)
 * @param issueDate issue date
 * @param expiryDate expiry date, not before the issue date
 * @param depositFen deposit paid for the card, 0–4 294 967 295 fen
 * @param status card status
 */
public record Issuance(String cardNumber, String cityCode, String issuerCode, int cardType, LocalDate issueDate,
                       LocalDate expiryDate, long depositFen, CardStatus status) {

    /** Sector of the issuance area. */
    public static final int SECTOR = 1;
    /** Blocks of the issuance area. */
    public static final List<Integer> BLOCKS = List.of(4, 5, 6);

    /** Checks every field fits its place on the card. */
    public Issuance {
        requireDigits(cardNumber, 16, "cardNumber");
        requireDigits(cityCode, 4, "cityCode");
        requireDigits(issuerCode, 8, "issuerCode");
        if (cardType < 0 || cardType > 0xFF) {
            throw new IllegalArgumentException("cardType is one byte, was " + cardType);
        }
        Objects.requireNonNull(issueDate, "issueDate");
        Objects.requireNonNull(expiryDate, "expiryDate");
        if (expiryDate.isBefore(issueDate)) {
            throw new IllegalArgumentException("expiryDate " + expiryDate + " is before issueDate " + issueDate);
        }
        if (depositFen < 0 || depositFen > 0xFFFFFFFFL) {
            throw new IllegalArgumentException("depositFen must be 0..4294967295, was " + depositFen);
        }
        Objects.requireNonNull(status, "status");
    }

    /** Blocks 4, 5 and 6 for card {@code uid}, block 5 carrying the MAC. */
    public List<byte[]> encode(String uid, KeySystem keys) {
        byte[] b4 = new byte[16];
        Bcd.put(b4, 0, cardNumber, 16, "cardNumber");
        Bcd.put(b4, 8, cityCode, 4, "cityCode");
        Bcd.put(b4, 10, issuerCode, 8, "issuerCode");
        b4[14] = (byte) cardType;
        b4[15] = (byte) status.code();
        byte[] b5 = new byte[16];
        Bcd.putDate(b5, 0, issueDate, "issueDate");
        Bcd.putDate(b5, 4, expiryDate, "expiryDate");
        Bytes.putUnsigned(b5, 8, depositFen, 4);
        byte[] mac = Mac4.mac4Bytes(keys.walletKey(uid), macInput(uid, b4, b5));
        System.arraycopy(mac, 0, b5, 12, 4);
        return List.of(b4, b5, new byte[16]);
    }

    /** Decodes blocks 4 and 5 of card {@code uid}; throws if the MAC does not match. */
    public static Issuance decode(String uid, byte[] block4, byte[] block5, KeySystem keys) {
        Bytes.requireBlock(block4, "block 4");
        Bytes.requireBlock(block5, "block 5");
        byte[] expected = Mac4.mac4Bytes(keys.walletKey(uid), macInput(uid, block4, block5));
        if (!MessageDigest.isEqual(expected, Arrays.copyOfRange(block5, 12, 16))) {
            throw new CardLayoutException("issuance (sector 1, block 5): MAC does not match card " + uid);
        }
        return new Issuance(
                Bcd.get(block4, 0, 8, "issuance card number (block 4)"),
                Bcd.get(block4, 8, 2, "issuance city code (block 4)"),
                Bcd.get(block4, 10, 4, "issuance issuer code (block 4)"),
                block4[14] & 0xFF,
                Bcd.getDate(block5, 0, "issuance issue date (block 5)"),
                Bcd.getDate(block5, 4, "issuance expiry date (block 5)"),
                Bytes.getUnsigned(block5, 8, 4),
                CardStatus.ofCode(block4[15] & 0xFF));
    }

    /** The MAC input: uid ‖ block 4 ‖ block 5 bytes 0–11 (32 bytes). */
    static byte[] macInput(String uid, byte[] block4, byte[] block5) {
        return Bytes.concat(Bytes.uidBytes(uid), block4, Arrays.copyOfRange(block5, 0, 12));
    }

    private static void requireDigits(String value, int length, String name) {
        if (value == null || value.length() != length || !value.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new IllegalArgumentException(name + " must be " + length + " digits, was \"" + value + "\"");
        }
    }
}
