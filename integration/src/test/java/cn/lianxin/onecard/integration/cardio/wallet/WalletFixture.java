package cn.lianxin.onecard.integration.cardio.wallet;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;

import cn.lianxin.onecard.integration.cardio.CardReaderAdapter;
import cn.lianxin.onecard.integration.cardio.ValueBlock;
import cn.lianxin.onecard.integration.cardio.layout.CardInitialiser;
import cn.lianxin.onecard.integration.cardio.layout.CardPersonalisation;
import cn.lianxin.onecard.integration.cardio.layout.CardStatus;
import cn.lianxin.onecard.integration.cardio.layout.Holder;
import cn.lianxin.onecard.integration.cardio.layout.HolderCategory;
import cn.lianxin.onecard.integration.cardio.layout.Issuance;
import cn.lianxin.onecard.integration.cardio.layout.WalletControl;
import cn.lianxin.onecard.integration.cardio.sim.SimulatedReader;
import cn.lianxin.onecard.integration.cardio.sim.VirtualMifareClassic1k;
import cn.lianxin.onecard.integration.keys.KeySystem;
import cn.lianxin.onecard.integration.keys.MasterKeys;

/** An issued card A1B2C3D4 on a simulated reader, with the wallet over the real adapter and key system. */
final class WalletFixture {

    static final String UID = "A1B2C3D4";
    static final String OUTLET = "32030001";
    static final String TERMINAL = "32030101";

    final KeySystem keys = new KeySystem(MasterKeys.testKeys());
    final VirtualMifareClassic1k card = VirtualMifareClassic1k.factoryFresh(UID);
    final SimulatedReader reader = new SimulatedReader("Counter 1");
    final CardReaderAdapter adapter = new CardReaderAdapter(reader);
    final CardWallet wallet = new CardWallet(adapter, keys, new TickingClock(Instant.parse("2026-11-05T01:00:00Z")));

    WalletFixture() {
        reader.putCard(card);
        new CardInitialiser(keys).initialise(adapter, new CardPersonalisation(
                new Issuance("3203000000000001", "3203", "32030000", 1, LocalDate.of(2026, 11, 5),
                        LocalDate.of(2036, 11, 4), 2000, CardStatus.ACTIVE),
                new Holder(HolderCategory.ADULT, "张三", "320301199001011234"),
                LocalDateTime.of(2026, 11, 5, 9, 0, 0), OUTLET, null, null));
    }

    /** Recharges without any tear. */
    WalletFixture withBalance(long fen) {
        wallet.recharge(fen, OUTLET);
        return this;
    }

    /** The balance the card's block 8 holds. */
    int rawBalance() {
        return ValueBlock.value(card.rawBlock(8));
    }

    /** The card's wallet control block. */
    WalletControl rawControl() {
        return WalletControl.decode(card.rawBlock(10));
    }

    byte[][] dump() {
        byte[][] blocks = new byte[64][];
        for (int block = 0; block < 64; block++) {
            blocks[block] = card.rawBlock(block);
        }
        return blocks;
    }
}
