package cn.lianxin.onecard.integration.cardio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HexFormat;

import org.junit.jupiter.api.Test;

class ValueBlockTest {

    private static final HexFormat HEX = HexFormat.of().withUpperCase();

    @Test
    void shouldStoreValueThreeTimesLeastSignificantByteFirstAndTheAddressFourTimes() {
        // 15600 fen = 0x00003CF0
        assertThat(HEX.formatHex(ValueBlock.encode(15600, 8))).isEqualTo("F03C00000FC3FFFFF03C000008F708F7");
    }

    @Test
    void shouldReadBackValueAndAddress() {
        byte[] block = ValueBlock.encode(123_456, 0x09);

        assertThat(ValueBlock.isValid(block)).isTrue();
        assertThat(ValueBlock.value(block)).isEqualTo(123_456);
        assertThat(ValueBlock.address(block)).isEqualTo(9);
    }

    @Test
    void shouldKeepTheSignOfNegativeValues() {
        assertThat(ValueBlock.value(ValueBlock.encode(-1, 0))).isEqualTo(-1);
        assertThat(ValueBlock.value(ValueBlock.encode(Integer.MIN_VALUE, 0))).isEqualTo(Integer.MIN_VALUE);
    }

    @Test
    void shouldRejectABlockWithAnyCopyDisagreeing() {
        byte[] good = ValueBlock.encode(500, 8);
        for (int i = 0; i < 16; i++) {
            byte[] bad = good.clone();
            bad[i] ^= 0x01;
            assertThat(ValueBlock.isValid(bad)).as("byte %d flipped", i).isFalse();
        }
        assertThat(ValueBlock.isValid(new byte[16])).isFalse();
        assertThatThrownBy(() -> ValueBlock.value(new byte[16])).hasMessage("not a MIFARE value block");
    }
}
