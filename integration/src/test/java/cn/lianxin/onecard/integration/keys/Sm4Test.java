package cn.lianxin.onecard.integration.keys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HexFormat;

import org.junit.jupiter.api.Test;

class Sm4Test {

    private static final HexFormat HEX = HexFormat.of().withUpperCase();

    @Test
    void shouldEncryptTheGbT32907StandardVector() {
        byte[] key = HEX.parseHex("0123456789ABCDEFFEDCBA9876543210");

        byte[] cipher = Sm4.encryptBlock(key, key.clone());

        assertThat(HEX.formatHex(cipher)).isEqualTo("681EDF34D206965E86B3E94F536E4246");
    }

    @Test
    void shouldMatchTheGbT32907MillionRoundVector() {
        byte[] key = HEX.parseHex("0123456789ABCDEFFEDCBA9876543210");
        byte[] block = key.clone();

        for (int i = 0; i < 1_000_000; i++) {
            block = Sm4.encryptBlock(key, block);
        }

        assertThat(HEX.formatHex(block)).isEqualTo("595298C7C6FD271F0402F804C33D3F66");
    }

    @Test
    void shouldRefuseKeysAndBlocksThatAreNot16Bytes() {
        assertThatThrownBy(() -> Sm4.encryptBlock(new byte[15], new byte[16]))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("key16 must be 16 bytes, was 15 bytes");
        assertThatThrownBy(() -> Sm4.encryptBlock(new byte[16], new byte[17]))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("block16 must be 16 bytes, was 17 bytes");
        assertThatThrownBy(() -> Sm4.encryptBlock(null, new byte[16]))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("key16 must not be null");
    }
}
