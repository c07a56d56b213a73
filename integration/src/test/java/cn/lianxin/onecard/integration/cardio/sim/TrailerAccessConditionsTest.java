package cn.lianxin.onecard.integration.cardio.sim;

import static cn.lianxin.onecard.integration.cardio.sim.SimFixture.HEX;
import static cn.lianxin.onecard.integration.cardio.sim.SimFixture.KEY_A;
import static cn.lianxin.onecard.integration.cardio.sim.SimFixture.KEY_B;
import static cn.lianxin.onecard.integration.cardio.sim.SimFixture.allowed;
import static cn.lianxin.onecard.integration.cardio.sim.SimFixture.key;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.converter.ConvertWith;
import org.junit.jupiter.params.provider.CsvSource;

import cn.lianxin.onecard.integration.cardio.AccessBits;
import cn.lianxin.onecard.integration.cardio.SectorTrailer;
import cn.lianxin.onecard.integration.keys.KeySlot;

/**
 * The MF1S50 sector-trailer table, every condition with each key: whether the key
 * authenticates at all (key B does not when it is readable), what a read shows, and which parts
 * a trailer write changes (key A; access bits with the user byte; key B).
 */
class TrailerAccessConditionsTest {

    private static final byte[] NEW_KEY_A = HEX.parseHex("A2A2A2A2A2A2");
    private static final byte[] NEW_KEY_B = HEX.parseHex("B2B2B2B2B2B2");

    @ParameterizedTest(name = "trailer {0} with key {1}: authenticates {2}, key B shown {3}, writes key A {4}, bits {5}, key B {6}")
    @CsvSource({
        "000, A, yes, yes, yes, no,  yes",
        "000, B, no,  -,   -,   -,   -",
        "010, A, yes, yes, no,  no,  no",
        "010, B, no,  -,   -,   -,   -",
        "100, A, yes, no,  no,  no,  no",
        "100, B, yes, no,  yes, no,  yes",
        "110, A, yes, no,  no,  no,  no",
        "110, B, yes, no,  no,  no,  no",
        "001, A, yes, yes, yes, yes, yes",
        "001, B, no,  -,   -,   -,   -",
        "011, A, yes, no,  no,  no,  no",
        "011, B, yes, no,  yes, yes, yes",
        "101, A, yes, no,  no,  no,  no",
        "101, B, yes, no,  no,  yes, no",
        "111, A, yes, no,  no,  no,  no",
        "111, B, yes, no,  no,  no,  no",
    })
    void shouldEnforceTheTrailerTable(String condition, KeySlot key, @ConvertWith(YesNo.class) boolean authenticates, String keyBShown,
                                      String writesKeyA, String writesBits, String writesKeyB) {
        SimFixture f = new SimFixture();
        AccessBits bits = AccessBits.of(0b000, Integer.parseInt(condition, 2));
        f.configureSector(1, bits, 0x11);
        byte[] before = f.card.rawBlock(7);

        assertThat(allowed(() -> f.adapter.authenticate(7, key, key(key)))).as("authenticates").isEqualTo(authenticates);
        if (!authenticates) {
            return;
        }

        byte[] read = f.adapter.readBlock(7);
        assertThat(Arrays.copyOfRange(read, 0, 6)).as("key A is never readable").containsOnly(0);
        assertThat(HEX.formatHex(read, 6, 10)).as("access bits and user byte").isEqualTo(HEX.formatHex(bits.encode()) + "11");
        assertThat(HEX.formatHex(read, 10, 16)).as("key B").isEqualTo(yes(keyBShown) ? HEX.formatHex(KEY_B) : "000000000000");

        boolean anything = yes(writesKeyA) || yes(writesBits) || yes(writesKeyB);
        assertThat(allowed(() -> f.adapter.writeBlock(7, SectorTrailer.encode(NEW_KEY_A, bits, 0x22, NEW_KEY_B))))
                .as("trailer write accepted").isEqualTo(anything);

        byte[] after = f.card.rawBlock(7);
        assertThat(Arrays.copyOfRange(after, 0, 6)).as("key A").isEqualTo(yes(writesKeyA) ? NEW_KEY_A : KEY_A);
        assertThat(after[9]).as("user byte, written with the access bits").isEqualTo((byte) (yes(writesBits) ? 0x22 : 0x11));
        assertThat(Arrays.copyOfRange(after, 10, 16)).as("key B").isEqualTo(yes(writesKeyB) ? NEW_KEY_B : KEY_B);
        assertThat(Arrays.copyOfRange(after, 6, 9)).isEqualTo(Arrays.copyOfRange(before, 6, 9));
    }

    @ParameterizedTest(name = "trailer {0}: access bits write with key {1} takes effect: {2}")
    @CsvSource({"001, A, yes", "011, B, yes", "101, B, yes", "000, A, no", "100, B, no", "110, B, no", "111, B, no"})
    void shouldChangeTheConditionsOnlyWhereAccessBitsAreWritable(String condition, KeySlot key,
                                                               @ConvertWith(YesNo.class) boolean changes) {
        SimFixture f = new SimFixture();
        AccessBits bits = AccessBits.of(0b000, Integer.parseInt(condition, 2));
        AccessBits readOnlyData = AccessBits.of(0b010, Integer.parseInt(condition, 2));
        f.configureSector(1, bits, 0x00);

        f.adapter.authenticate(7, key, key(key));
        allowed(() -> f.adapter.writeBlock(7, SectorTrailer.encode(KEY_A, readOnlyData, 0x00, KEY_B)));

        f.adapter.authenticate(4, key, key(key));
        assertThat(allowed(() -> f.adapter.writeBlock(4, new byte[16]))).as("data block still writable").isEqualTo(!changes);
    }

    private static boolean yes(String cell) {
        return cell.equals("yes");
    }
}
