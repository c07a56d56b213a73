package cn.lianxin.onecard.integration.cardio.sim;

import java.util.HexFormat;

import cn.lianxin.onecard.integration.cardio.AccessBits;
import cn.lianxin.onecard.integration.cardio.CardCommandException;
import cn.lianxin.onecard.integration.cardio.CardReaderAdapter;
import cn.lianxin.onecard.integration.cardio.SectorTrailer;
import cn.lianxin.onecard.integration.keys.KeySlot;

/** A factory-fresh card on a simulated reader, driven through the real adapter. */
final class SimFixture {

    static final HexFormat HEX = HexFormat.of().withUpperCase();
    static final byte[] TRANSPORT_KEY = HEX.parseHex("FFFFFFFFFFFF");
    static final byte[] KEY_A = HEX.parseHex("A1A1A1A1A1A1");
    static final byte[] KEY_B = HEX.parseHex("B1B1B1B1B1B1");

    final VirtualMifareClassic1k card = VirtualMifareClassic1k.factoryFresh("11223344");
    final SimulatedReader reader = new SimulatedReader("Simulated reader 0");
    final CardReaderAdapter adapter = new CardReaderAdapter(reader);

    SimFixture() {
        reader.putCard(card);
    }

    /** With the transport key, gives {@code sector} keys KEY_A / KEY_B and {@code bits}. */
    SimFixture configureSector(int sector, AccessBits bits, int userByte) {
        int trailer = sector * 4 + 3;
        adapter.authenticate(trailer, KeySlot.A, TRANSPORT_KEY);
        adapter.writeBlock(trailer, SectorTrailer.encode(KEY_A, bits, userByte, KEY_B));
        return this;
    }

    static byte[] key(KeySlot slot) {
        return slot == KeySlot.A ? KEY_A : KEY_B;
    }

    /** Whether {@code action} went through; false if the card answered 63 00. */
    static boolean allowed(Runnable action) {
        try {
            action.run();
            return true;
        } catch (CardCommandException e) {
            if (!e.isRefused()) {
                throw e;
            }
            return false;
        }
    }
}
