package cn.lianxin.onecard.app.cardholder;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * How a certificate number is kept: never in clear, only as SHA-256 over a random 16-byte salt
 * and the number, plus its last four characters so staff can tell holders apart. A number can
 * be checked against a stored digest; it cannot be read back.
 */
public record CertificateDigest(String saltHex, String hashHex, String last4) {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final HexFormat HEX = HexFormat.of().withUpperCase();

    public static CertificateDigest of(String certificateNumber) {
        byte[] salt = new byte[16];
        RANDOM.nextBytes(salt);
        return withSalt(salt, certificateNumber);
    }

    static CertificateDigest withSalt(byte[] salt, String certificateNumber) {
        String last4 = certificateNumber.substring(Math.max(0, certificateNumber.length() - 4));
        return new CertificateDigest(HEX.formatHex(salt), HEX.formatHex(hash(salt, certificateNumber)), last4);
    }

    public boolean matches(String certificateNumber) {
        byte[] expected = HEX.parseHex(hashHex);
        return MessageDigest.isEqual(expected, hash(HEX.parseHex(saltHex), certificateNumber));
    }

    private static byte[] hash(byte[] salt, String certificateNumber) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update(salt);
            return sha256.digest(certificateNumber.getBytes(StandardCharsets.US_ASCII));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }

    @Override
    public String toString() {
        return "CertificateDigest[****" + last4 + "]";
    }
}
