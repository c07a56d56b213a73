package cn.lianxin.onecard.integration.keys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HexFormat;

import org.junit.jupiter.api.Test;

class KeyDiversificationTest {

    private static final HexFormat HEX = HexFormat.of().withUpperCase();
    private static final byte[] MK = HEX.parseHex("000102030405060708090A0B0C0D0E0F");

    @Test
    void shouldPadShortDataWithZerosToOneBlock() {
        byte[] padded = HEX.parseHex("3203000000A100000000000000000000");

        assertThat(KeyDiversification.div(MK, HEX.parseHex("3203000000A1")))
                .isEqualTo(Sm4.encryptBlock(MK, padded))
                .isEqualTo(HEX.parseHex("BC839F284A8A636067AE666C4CEF4516"));
    }

    @Test
    void shouldUseSixteenBytesOfDataAsTheBlockItself() {
        byte[] data = HEX.parseHex("0123456789ABCDEFFEDCBA9876543210");

        assertThat(KeyDiversification.div(data, data)).isEqualTo(HEX.parseHex("681EDF34D206965E86B3E94F536E4246"));
    }

    @Test
    void shouldDiversifyEmptyDataAsAZeroBlock() {
        assertThat(KeyDiversification.div(MK, new byte[0])).isEqualTo(Sm4.encryptBlock(MK, new byte[16]));
    }

    @Test
    void shouldRefuseDataLongerThanOneBlockNamingItsLength() {
        assertThatThrownBy(() -> KeyDiversification.div(MK, new byte[17]))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("diversification data must be at most 16 bytes, was 17 bytes");
    }

    @Test
    void shouldRefuseAMasterKeyThatIsNot16Bytes() {
        assertThatThrownBy(() -> KeyDiversification.div(new byte[8], new byte[4]))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("masterKey16 must be 16 bytes, was 8 bytes");
    }
}
