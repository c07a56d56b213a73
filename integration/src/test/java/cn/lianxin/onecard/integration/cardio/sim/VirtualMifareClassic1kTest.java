package cn.lianxin.onecard.integration.cardio.sim;

import static cn.lianxin.onecard.integration.cardio.sim.SimFixture.HEX;
import static cn.lianxin.onecard.integration.cardio.sim.SimFixture.KEY_A;
import static cn.lianxin.onecard.integration.cardio.sim.SimFixture.KEY_B;
import static cn.lianxin.onecard.integration.cardio.sim.SimFixture.TRANSPORT_KEY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import cn.lianxin.onecard.integration.cardio.AccessBits;
import cn.lianxin.onecard.integration.cardio.CardCommandException;
import cn.lianxin.onecard.integration.cardio.ValueBlock;
import cn.lianxin.onecard.integration.keys.KeySlot;

class VirtualMifareClassic1kTest {

    private final SimFixture f = new SimFixture();

    @Test
    void shouldCarryUidBccSakAndAtqaInTheManufacturerBlock() {
        f.adapter.authenticate(0, KeySlot.A, TRANSPORT_KEY);

        byte[] block0 = f.adapter.readBlock(0);

        assertThat(HEX.formatHex(block0, 0, 8)).isEqualTo("11223344" + "44" + "08" + "0400");
        assertThat(f.adapter.readUid()).isEqualTo("11223344");
    }

    @Test
    void shouldKeepBlock0ReadOnlyEvenUnderTheTransportConditions() {
        byte[] before = f.card.rawBlock(0);
        f.adapter.authenticate(0, KeySlot.A, TRANSPORT_KEY);

        assertThatThrownBy(() -> f.adapter.writeBlock(0, new byte[16])).hasMessage("write block 0: status 6300");
        assertThat(f.card.rawBlock(0)).isEqualTo(before);
    }

    @Test
    void shouldShowAFactoryFreshTrailerWithKeyAHiddenAndTransportAccessBits() {
        f.adapter.authenticate(7, KeySlot.A, TRANSPORT_KEY);

        assertThat(HEX.formatHex(f.adapter.readBlock(7))).isEqualTo("000000000000" + "FF0780" + "69" + "FFFFFFFFFFFF");
        assertThat(HEX.formatHex(f.card.rawBlock(7))).isEqualTo("FFFFFFFFFFFF" + "FF0780" + "69" + "FFFFFFFFFFFF");
    }

    @Test
    void shouldNotLetTheReadableTransportKeyBAuthenticate() {
        assertThatThrownBy(() -> f.adapter.authenticate(4, KeySlot.B, TRANSPORT_KEY))
                .hasMessage("authenticate block 4 with key B: status 6300");
    }

    @Test
    void shouldRefuseAWrongKeyAndForgetTheEarlierAuthentication() {
        f.configureSector(2, AccessBits.of(0b000, 0b011), 0x00);
        f.adapter.authenticate(8, KeySlot.A, KEY_A);
        f.adapter.readBlock(8);

        assertThatThrownBy(() -> f.adapter.authenticate(9, KeySlot.B, KEY_A))
                .hasMessage("authenticate block 9 with key B: status 6300");
        assertThatThrownBy(() -> f.adapter.readBlock(8)).hasMessage("read block 8: status 6300");
    }

    @Test
    void shouldRefuseABlockOfASectorThatIsNotAuthenticated() {
        f.adapter.authenticate(4, KeySlot.A, TRANSPORT_KEY);

        assertThatThrownBy(() -> f.adapter.readBlock(8)).hasMessage("read block 8: status 6300");
        assertThatThrownBy(() -> f.adapter.writeBlock(4, new byte[16]))
                .as("the refusal dropped the authentication").hasMessage("write block 4: status 6300");
    }

    @Test
    void shouldRefuseCommandsBeforeAnyAuthentication() {
        assertThatThrownBy(() -> f.adapter.readBlock(1)).hasMessage("read block 1: status 6300");
    }

    @Test
    void shouldBlockASectorWhoseAccessBitsAreMalformed() {
        f.adapter.authenticate(7, KeySlot.A, TRANSPORT_KEY);
        byte[] broken = HEX.parseHex("A1A1A1A1A1A1" + "FF0781" + "69" + "B1B1B1B1B1B1");
        f.adapter.writeBlock(7, broken);

        assertThatThrownBy(() -> f.adapter.authenticate(4, KeySlot.A, KEY_A)).hasMessage("authenticate block 4 with key A: status 6300");
        assertThatThrownBy(() -> f.adapter.authenticate(7, KeySlot.B, KEY_B)).hasMessage("authenticate block 7 with key B: status 6300");
        f.adapter.authenticate(8, KeySlot.A, TRANSPORT_KEY);
        assertThat(f.adapter.readBlock(8)).as("other sectors still work").hasSize(16);
    }

    @Test
    void shouldStoreIncrementDecrementAndReadAValueBlock() {
        f.adapter.authenticate(8, KeySlot.A, TRANSPORT_KEY);
        f.adapter.storeValue(8, 10_000);
        f.adapter.increment(8, 5_600);
        f.adapter.decrement(8, 600);

        assertThat(f.adapter.readValue(8)).isEqualTo(15_000);
        assertThat(f.card.rawBlock(8)).isEqualTo(ValueBlock.encode(15_000, 8));
    }

    @Test
    void shouldRefuseADecrementBelowZeroAndLeaveTheValueAlone() {
        f.adapter.authenticate(8, KeySlot.A, TRANSPORT_KEY);
        f.adapter.storeValue(8, 500);

        assertThatThrownBy(() -> f.adapter.decrement(8, 501)).hasMessage("decrement block 8: status 6300");
        f.adapter.authenticate(8, KeySlot.A, TRANSPORT_KEY);
        f.adapter.decrement(8, 500);
        assertThat(f.adapter.readValue(8)).isZero();
    }

    @Test
    void shouldRefuseAnIncrementThatOverflows() {
        f.adapter.authenticate(8, KeySlot.A, TRANSPORT_KEY);
        f.adapter.storeValue(8, Integer.MAX_VALUE - 1);

        assertThatThrownBy(() -> f.adapter.increment(8, 2)).hasMessage("increment block 8: status 6300");
        assertThat(ValueBlock.value(f.card.rawBlock(8))).isEqualTo(Integer.MAX_VALUE - 1);
    }

    @Test
    void shouldRefuseValueOperationsOnABlockThatIsNotAValueBlock() {
        f.adapter.authenticate(8, KeySlot.A, TRANSPORT_KEY);
        f.adapter.writeBlock(8, HEX.parseHex("F03C00000FC3FFFFF03C000008F708F6")); // last byte off by one

        assertThatThrownBy(() -> f.adapter.decrement(8, 1)).hasMessage("decrement block 8: status 6300");
        f.adapter.authenticate(8, KeySlot.A, TRANSPORT_KEY);
        assertThatThrownBy(() -> f.adapter.increment(8, 1)).hasMessage("increment block 8: status 6300");
        f.adapter.authenticate(8, KeySlot.A, TRANSPORT_KEY);
        assertThatThrownBy(() -> f.adapter.readValue(8)).hasMessage("read value block 8: status 6300");
        f.adapter.authenticate(8, KeySlot.A, TRANSPORT_KEY);
        assertThatThrownBy(() -> f.adapter.restore(8, 9)).hasMessage("restore block 8 into block 9: status 6300");
        f.adapter.authenticate(8, KeySlot.A, TRANSPORT_KEY);
        assertThatThrownBy(() -> f.adapter.increment(11, 1)).as("a trailer is never a value block")
                .isInstanceOf(CardCommandException.class);
    }

    @Test
    void shouldRestoreAValueBlockIntoAnotherBlockOfTheSameSectorOnly() {
        f.adapter.authenticate(8, KeySlot.A, TRANSPORT_KEY);
        f.adapter.storeValue(8, 777);
        f.adapter.restore(8, 9);

        assertThat(f.card.rawBlock(9)).as("a byte-for-byte copy, address byte included").isEqualTo(f.card.rawBlock(8));
        assertThatThrownBy(() -> f.adapter.restore(8, 12)).hasMessage("restore block 8 into block 12: status 6300");
        assertThat(f.card.rawBlock(12)).containsOnly(0);
    }

    @Test
    void shouldDiscardTheTransferBufferWhenAnotherCommandComesFirst() {
        VirtualMifareClassic1k card = VirtualMifareClassic1k.factoryFresh("01020304");
        card.authenticate(8, KeySlot.A, TRANSPORT_KEY);
        card.write(8, ValueBlock.encode(100, 8));

        card.increment(8, 50);
        card.transfer(9);
        assertThat(ValueBlock.value(card.rawBlock(9))).as("increment of 8 transferred to 9").isEqualTo(150);
        assertThat(ValueBlock.value(card.rawBlock(8))).isEqualTo(100);

        card.decrement(8, 10);
        card.read(8);
        assertThatThrownBy(() -> card.transfer(8)).isInstanceOf(ChipRefusalException.class)
                .hasMessageContaining("transfer without a preceding");
        assertThat(ValueBlock.value(card.rawBlock(8))).isEqualTo(100);
    }

    @Test
    void shouldRefuseUidsThatAreNotFourBytes() {
        assertThatThrownBy(() -> VirtualMifareClassic1k.factoryFresh("A1B2C3")).isInstanceOf(IllegalArgumentException.class);
        assertThat(VirtualMifareClassic1k.factoryFresh("a1b2c3d4").uid()).isEqualTo("A1B2C3D4");
    }
}
