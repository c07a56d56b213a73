package cn.lianxin.onecard.integration.keys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class Mac4Test {

    private static final HexFormat HEX = HexFormat.of().withUpperCase();
    private static final byte[] KEY = HEX.parseHex("000102030405060708090A0B0C0D0E0F");
    private static final byte[] HELLO = "hello".getBytes(StandardCharsets.US_ASCII);

    @Test
    void shouldGiveTheSpecVectorForHello() {
        assertThat(Mac4.mac4(KEY, HELLO)).isEqualTo("8ECD9A90");
        assertThat(Mac4.mac4Bytes(KEY, HELLO)).isEqualTo(HEX.parseHex("8ECD9A90"));
    }

    @Test
    void shouldVerifyManyMacsUnderOneKeyWithTheSameResultAsOneByOne() {
        Mac4.Keyed keyed = Mac4.keyed(KEY);
        byte[] padded = "xxhelloyy".getBytes(StandardCharsets.US_ASCII);
        assertThat(keyed.matches(HELLO, 0, HELLO.length, "8ECD9A90")).isTrue();
        assertThat(keyed.matches(padded, 2, 5, "8ECD9A90")).isTrue(); // a slice, after a first message: state reset
        assertThat(keyed.matches(HELLO, 0, HELLO.length, "8ECD9A91")).isFalse();
        assertThat(keyed.matches(HELLO, 0, HELLO.length, "8ecd9a90")).isFalse(); // only the exact upper-case form
        assertThat(keyed.matches(HELLO, 0, HELLO.length, "8ECD9A90")).isTrue();
    }

    /** Checks Bouncy Castle's CMac against SP 800-38B written out here over our SM4 block. */
    @ParameterizedTest
    @ValueSource(ints = {0, 1, 5, 15, 16, 17, 31, 32, 33, 126, 134})
    void shouldBeTheFirstFourBytesOfSp800_38bCmac(int length) {
        byte[] data = new byte[length];
        for (int i = 0; i < length; i++) {
            data[i] = (byte) (i * 7 + 3);
        }

        assertThat(Mac4.mac4Bytes(KEY, data)).isEqualTo(Arrays.copyOf(referenceCmac(KEY, data), 4));
    }

    @Test
    void shouldGiveTheSameMacIncrementallyWhateverTheSplit() {
        byte[] data = new byte[200];
        Arrays.fill(data, (byte) 'x');
        String oneShot = Mac4.mac4(KEY, data);

        for (int split = 0; split <= data.length; split += 13) {
            String incremental = Mac4.start(KEY)
                    .update(data, 0, split)
                    .update(data, split, data.length - split)
                    .finishHex();
            assertThat(incremental).as("split at %d", split).isEqualTo(oneShot);
        }
    }

    @Test
    void shouldMatchOnlyTheExactUpperCaseMac() {
        assertThat(Mac4.matches(KEY, HELLO, "8ECD9A90")).isTrue();
        assertThat(Mac4.matches(KEY, HELLO, "8ecd9a90")).isFalse();
        assertThat(Mac4.matches(KEY, HELLO, "8ECD9A91")).isFalse();
        assertThat(Mac4.matches(KEY, HELLO, "8ECD9A")).isFalse();
        assertThat(Mac4.matches(KEY, HELLO, null)).isFalse();
        assertThat(Mac4.start(KEY).update(HELLO).finishAndMatch("8ECD9A90")).isTrue();
    }

    @Test
    void shouldRefuseToFinishTwice() {
        Mac4.Incremental mac = Mac4.start(KEY).update(HELLO);
        mac.finish();

        assertThatThrownBy(mac::finish).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> mac.update(HELLO)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void shouldRefuseAKeyThatIsNot16Bytes() {
        assertThatThrownBy(() -> Mac4.mac4(new byte[6], HELLO))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("key16 must be 16 bytes, was 6 bytes");
    }

    /** NIST SP 800-38B §6.1–6.2, with SM4 as the 128-bit block cipher (Rb = 0x87). */
    private static byte[] referenceCmac(byte[] key, byte[] message) {
        byte[] l = Sm4.encryptBlock(key, new byte[16]);
        byte[] k1 = doubling(l);
        byte[] k2 = doubling(k1);
        int blocks = Math.max(1, (message.length + 15) / 16);
        boolean complete = message.length > 0 && message.length % 16 == 0;
        byte[] last = new byte[16];
        int lastStart = (blocks - 1) * 16;
        int lastLength = message.length - lastStart;
        System.arraycopy(message, lastStart, last, 0, lastLength);
        if (!complete) {
            last[lastLength] = (byte) 0x80;
        }
        byte[] subkey = complete ? k1 : k2;
        for (int i = 0; i < 16; i++) {
            last[i] ^= subkey[i];
        }
        byte[] c = new byte[16];
        for (int b = 0; b < blocks - 1; b++) {
            for (int i = 0; i < 16; i++) {
                c[i] ^= message[b * 16 + i];
            }
            c = Sm4.encryptBlock(key, c);
        }
        for (int i = 0; i < 16; i++) {
            c[i] ^= last[i];
        }
        return Sm4.encryptBlock(key, c);
    }

    private static byte[] doubling(byte[] in) {
        byte[] out = new byte[16];
        for (int i = 0; i < 16; i++) {
            out[i] = (byte) ((in[i] << 1) | (i < 15 ? (in[i + 1] & 0xFF) >>> 7 : 0));
        }
        if ((in[0] & 0x80) != 0) {
            out[15] ^= (byte) 0x87;
        }
        return out;
    }
}
