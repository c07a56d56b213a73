package cn.lianxin.onecard.integration.cardio;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HexFormat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AccessBitsTest {

    private static final HexFormat HEX = HexFormat.of().withUpperCase();

    @ParameterizedTest(name = "{4} = {0} {1} {2} | {3}")
    @CsvSource({
        // block0, block1, block2, trailer, bytes 6-8 — well-known encodings
        "000, 000, 000, 001, FF0780",   // factory transport configuration
        "100, 100, 100, 011, 787788",   // MAD sector: read A|B, write B
        "110, 110, 110, 011, 08778F",   // value blocks, keys written with B
        "000, 000, 000, 011, 7F0788",
        "110, 110, 000, 011, 4C378B",   // our wallet sector
    })
    void shouldEncodeAndDecodeTheDatasheetLayout(String b0, String b1, String b2, String trailer, String hex) {
        AccessBits bits = AccessBits.of(bin(b0), bin(b1), bin(b2), bin(trailer));

        assertThat(HEX.formatHex(bits.encode())).isEqualTo(hex);
        assertThat(AccessBits.decode(HEX.parseHex(hex), 0)).contains(bits);
    }

    @Test
    void shouldRoundTripEveryCombinationOfConditions() {
        for (int combination = 0; combination < 1 << 12; combination++) {
            AccessBits bits = AccessBits.of(combination & 7, combination >> 3 & 7, combination >> 6 & 7, combination >> 9 & 7);
            assertThat(AccessBits.decode(bits.encode(), 0)).contains(bits);
        }
    }

    @Test
    void shouldRejectBytesWhoseInvertedCopiesDoNotMatch() {
        assertThat(AccessBits.decode(HEX.parseHex("FF0781"), 0)).isEmpty();
        assertThat(AccessBits.decode(HEX.parseHex("000000"), 0)).isEmpty();
        assertThat(AccessBits.decode(HEX.parseHex("FFFFFF"), 0)).isEmpty();
    }

    @Test
    void shouldDecodeTheAccessBitsOfAWholeTrailer() {
        byte[] trailer = HEX.parseHex("A0A1A2A3A4A5787788C1B0B1B2B3B4B5");

        AccessBits bits = AccessBits.ofTrailer(trailer).orElseThrow();

        assertThat(bits.condition(0)).isEqualTo(0b100);
        assertThat(bits.trailerCondition()).isEqualTo(0b011);
        assertThat(bits).hasToString("AccessBits[100 100 100 | 011] = 787788");
    }

    private static int bin(String bits) {
        return Integer.parseInt(bits, 2);
    }
}
