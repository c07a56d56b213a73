package cn.lianxin.onecard.integration.cardio.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HexFormat;

import org.junit.jupiter.api.Test;

class MadTest {

    private static final HexFormat HEX = HexFormat.of().withUpperCase();

    @Test
    void shouldReproduceTheCrcOfAnNfcForumFormattedCard() {
        // Sector 0 of any NDEF-formatted MIFARE Classic 1K: CRC 14, info 01, AID E103 ("03 E1") x 15.
        int[] aids = new int[16];
        java.util.Arrays.fill(aids, 0xE103);

        byte[][] blocks = Mad.of(1, aids).encode();

        assertThat(HEX.formatHex(blocks[0])).isEqualTo("140103E103E103E103E103E103E103E1");
        assertThat(HEX.formatHex(blocks[1])).isEqualTo("03E103E103E103E103E103E103E103E1");
    }

    @Test
    void shouldWriteTheProjectDirectoryWithAidsLeastSignificantByteFirst() {
        byte[][] blocks = Mad.projectDirectory().encode();

        assertThat(HEX.formatHex(blocks[0])).isEqualTo("B4" + "01" + "0140" + "0188" + "0240" + "0288" + "0288" + "0340" + "0148");
        assertThat(HEX.formatHex(blocks[1])).isEqualTo("0120" + "0120" + "0120" + "0120" + "0200" + "0200" + "0200" + "0200");
    }

    @Test
    void shouldReadBackEveryAidAndThePublisherSector() {
        byte[][] blocks = Mad.projectDirectory().encode();

        Mad mad = Mad.decode(blocks[0], blocks[1]);

        assertThat(mad).isEqualTo(Mad.projectDirectory());
        assertThat(mad.cardPublisherSector()).isEqualTo(1);
        assertThat(mad.aid(2)).isEqualTo(Mad.AID_WALLET);
        assertThat(mad.aid(5)).isEqualTo(Mad.AID_TRANSACTION_RECORDS);
        assertThat(mad.aid(7)).isEqualTo(Mad.AID_DOOR_LOCK);
        assertThat(mad.aid(9)).isEqualTo(Mad.AID_BUS);
        assertThat(mad.aid(15)).isEqualTo(Mad.AID_RESERVED);
    }

    @Test
    void shouldRejectADirectoryWhoseCrcDoesNotMatch() {
        byte[][] blocks = Mad.projectDirectory().encode();
        blocks[1][3] ^= 0x01;

        assertThatThrownBy(() -> Mad.decode(blocks[0], blocks[1]))
                .isInstanceOf(CardLayoutException.class)
                .hasMessageStartingWith("MAD (sector 0, block 1): CRC is B4, the content gives");
    }

    @Test
    void shouldHandOutThePublicMadKey() {
        assertThat(HEX.formatHex(Mad.publicKeyA())).isEqualTo("A0A1A2A3A4A5");
    }
}
