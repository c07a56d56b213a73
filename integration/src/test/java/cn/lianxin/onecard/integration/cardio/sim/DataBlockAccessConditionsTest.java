package cn.lianxin.onecard.integration.cardio.sim;

import static cn.lianxin.onecard.integration.cardio.sim.SimFixture.TRANSPORT_KEY;
import static cn.lianxin.onecard.integration.cardio.sim.SimFixture.allowed;
import static cn.lianxin.onecard.integration.cardio.sim.SimFixture.key;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.converter.ConvertWith;
import org.junit.jupiter.params.provider.CsvSource;

import cn.lianxin.onecard.integration.cardio.AccessBits;
import cn.lianxin.onecard.integration.cardio.ValueBlock;
import cn.lianxin.onecard.integration.keys.KeySlot;

/**
 * The MF1S50 data-block table, every condition with each key: read, write, increment,
 * decrement (+transfer), restore (+transfer). The trailer condition is 011, so key B is usable.
 */
class DataBlockAccessConditionsTest {

    @ParameterizedTest(name = "condition {0} with key {1}: read {2}, write {3}, increment {4}, decrement {5}, restore {6}")
    @CsvSource({
        "000, A, yes, yes, yes, yes, yes",
        "000, B, yes, yes, yes, yes, yes",
        "010, A, yes, no,  no,  no,  no",
        "010, B, yes, no,  no,  no,  no",
        "100, A, yes, no,  no,  no,  no",
        "100, B, yes, yes, no,  no,  no",
        "110, A, yes, no,  no,  yes, yes",
        "110, B, yes, yes, yes, yes, yes",
        "001, A, yes, no,  no,  yes, yes",
        "001, B, yes, no,  no,  yes, yes",
        "011, A, no,  no,  no,  no,  no",
        "011, B, yes, yes, no,  no,  no",
        "101, A, no,  no,  no,  no,  no",
        "101, B, yes, no,  no,  no,  no",
        "111, A, no,  no,  no,  no,  no",
        "111, B, no,  no,  no,  no,  no",
    })
    void shouldEnforceTheDataBlockTable(String condition, KeySlot key,
                                        @ConvertWith(YesNo.class) boolean read,
                                        @ConvertWith(YesNo.class) boolean write,
                                        @ConvertWith(YesNo.class) boolean increment,
                                        @ConvertWith(YesNo.class) boolean decrement,
                                        @ConvertWith(YesNo.class) boolean restore) {
        SimFixture f = new SimFixture();
        f.adapter.authenticate(4, KeySlot.A, TRANSPORT_KEY);
        f.adapter.writeBlock(4, ValueBlock.encode(1000, 4));
        f.adapter.writeBlock(5, ValueBlock.encode(2000, 5));
        int c = Integer.parseInt(condition, 2);
        f.configureSector(1, AccessBits.of(c, c, 0b000, 0b011), 0x00);

        assertThat(op(f, key, () -> f.adapter.readBlock(4))).as("read").isEqualTo(read);
        assertThat(op(f, key, () -> f.adapter.writeBlock(4, ValueBlock.encode(1000, 4)))).as("write").isEqualTo(write);
        assertThat(op(f, key, () -> f.adapter.increment(4, 1))).as("increment").isEqualTo(increment);
        assertThat(op(f, key, () -> f.adapter.decrement(4, 1))).as("decrement").isEqualTo(decrement);
        assertThat(op(f, key, () -> f.adapter.restore(4, 5))).as("restore").isEqualTo(restore);

        int expectedBlock5 = restore ? ValueBlock.value(f.card.rawBlock(4)) : 2000;
        assertThat(ValueBlock.value(f.card.rawBlock(5))).isEqualTo(expectedBlock5);
    }

    private static boolean op(SimFixture f, KeySlot key, Runnable action) {
        f.adapter.authenticate(4, key, key(key));
        return allowed(action);
    }
}
