package cn.lianxin.onecard.integration.keys;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;

import org.bouncycastle.crypto.engines.SM4Engine;
import org.bouncycastle.crypto.macs.CMac;
import org.bouncycastle.crypto.params.KeyParameter;

/**
 * {@code mac4(K, bytes)} of interfaces.md §2: the first 4 bytes of SM4-CMAC (NIST SP 800-38B
 * with SM4 as the block cipher), written as 8 upper-case hex digits. Used for TACs, file MACs
 * and the card's wallet and user-data MACs.
 */
public final class Mac4 {

    /** Length of a mac4 in bytes. */
    public static final int MAC_BYTES = 4;
    /** Length of a mac4 in hex digits. */
    public static final int HEX_DIGITS = 2 * MAC_BYTES;

    private static final HexFormat HEX = HexFormat.of().withUpperCase();

    private Mac4() {
    }

    /** The 4-byte mac4 of {@code data} under {@code key16}. */
    public static byte[] mac4Bytes(byte[] key16, byte[] data) {
        Args.requireNonNull("data", data);
        Incremental mac = start(key16);
        mac.update(data, 0, data.length);
        return mac.finish();
    }

    /** The mac4 of {@code data} under {@code key16} as 8 upper-case hex digits. */
    public static String mac4(byte[] key16, byte[] data) {
        return HEX.formatHex(mac4Bytes(key16, data));
    }

    /**
     * Whether {@code expectedHex} is exactly the mac4 of {@code data} (8 upper-case hex digits,
     * as the spec writes them), compared in constant time. A null, short or lower-case value
     * does not match.
     */
    public static boolean matches(byte[] key16, byte[] data, String expectedHex) {
        return matchesHex(mac4Bytes(key16, data), expectedHex);
    }

    /**
     * Starts a mac4 over data that arrives in pieces (a file read line by line); the result is
     * the same as {@link #mac4Bytes} over the concatenation.
     */
    public static Incremental start(byte[] key16) {
        Args.requireLength("key16", key16, Sm4.BLOCK_BYTES);
        return new Incremental(key16);
    }

    static boolean matchesHex(byte[] mac, String expectedHex) {
        if (expectedHex == null || expectedHex.length() != HEX_DIGITS) {
            return false;
        }
        byte[] computed = HEX.formatHex(mac).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(computed, expectedHex.getBytes(StandardCharsets.US_ASCII));
    }

    /**
     * A verifier of many MACs under one key: the key schedule and the CMAC subkeys are computed
     * once (verifying the TACs of a file's lines is the hot path of an upload). Not thread-safe.
     */
    public static Keyed keyed(byte[] key16) {
        Args.requireLength("key16", key16, Sm4.BLOCK_BYTES);
        return new Keyed(key16);
    }

    /** {@link #matches} under one key, for many messages one after the other. */
    public static final class Keyed {
        private final CMac cmac = new CMac(new SM4Engine());
        private final byte[] full;

        private Keyed(byte[] key16) {
            cmac.init(new KeyParameter(key16));
            full = new byte[cmac.getMacSize()];
        }

        /** Whether {@code expectedHex} is mac4 of {@code data[offset, offset + length)}; constant time. */
        public boolean matches(byte[] data, int offset, int length, String expectedHex) {
            cmac.update(data, offset, length);
            cmac.doFinal(full, 0); // resets for the next message
            byte[] mac = new byte[MAC_BYTES];
            System.arraycopy(full, 0, mac, 0, MAC_BYTES);
            return matchesHex(mac, expectedHex);
        }

        @Override
        public String toString() {
            return "Mac4.Keyed[redacted]";
        }
    }

    /**
     * A mac4 being computed incrementally; single use, not thread-safe (it may be handed from one
     * thread to another through a safe publication, such as a queue).
     */
    public static final class Incremental {
        private final CMac cmac = new CMac(new SM4Engine());
        private boolean finished;

        private Incremental(byte[] key16) {
            cmac.init(new KeyParameter(key16));
        }

        /** Adds {@code length} bytes of {@code data} from {@code offset}. */
        public Incremental update(byte[] data, int offset, int length) {
            requireOpen();
            cmac.update(data, offset, length);
            return this;
        }

        /** Adds all of {@code data}. */
        public Incremental update(byte[] data) {
            return update(data, 0, data.length);
        }

        /** Ends the computation and returns the 4-byte mac4. */
        public byte[] finish() {
            requireOpen();
            finished = true;
            byte[] full = new byte[cmac.getMacSize()];
            cmac.doFinal(full, 0);
            byte[] mac = new byte[MAC_BYTES];
            System.arraycopy(full, 0, mac, 0, MAC_BYTES);
            return mac;
        }

        /** Ends the computation and returns the mac4 as 8 upper-case hex digits. */
        public String finishHex() {
            return HEX.formatHex(finish());
        }

        /** Ends the computation and compares with {@code expectedHex} in constant time. */
        public boolean finishAndMatch(String expectedHex) {
            return matchesHex(finish(), expectedHex);
        }

        private void requireOpen() {
            if (finished) {
                throw new IllegalStateException("this mac4 computation has already finished");
            }
        }

        @Override
        public String toString() {
            return "Mac4.Incremental[redacted]";
        }
    }
}
