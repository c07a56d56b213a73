package cn.lianxin.onecard.integration.cardio.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HexFormat;

import org.junit.jupiter.api.Test;

import cn.lianxin.onecard.integration.cardio.CardCommandException;
import cn.lianxin.onecard.integration.cardio.CardReaderAdapter;
import cn.lianxin.onecard.integration.cardio.ValueBlock;
import cn.lianxin.onecard.integration.cardio.sim.SimulatedReader;
import cn.lianxin.onecard.integration.cardio.sim.VirtualMifareClassic1k;
import cn.lianxin.onecard.integration.keys.KeySlot;
import cn.lianxin.onecard.integration.keys.KeySystem;
import cn.lianxin.onecard.integration.keys.MasterKeys;

/** Initialising a factory-fresh virtual card through the simulated reader and the real adapter. */
class CardInitialiserTest {

    private static final HexFormat HEX = HexFormat.of().withUpperCase();
    private static final byte[] TRANSPORT_KEY = HEX.parseHex("FFFFFFFFFFFF");

    private final KeySystem keys = new KeySystem(MasterKeys.testKeys());
    private final CardInitialiser initialiser = new CardInitialiser(keys);
    private final SimulatedReader reader = new SimulatedReader("Issuing desk");
    private final CardReaderAdapter adapter = new CardReaderAdapter(reader);
    private final VirtualMifareClassic1k card = VirtualMifareClassic1k.factoryFresh("A1B2C3D4");

    static CardPersonalisation personalisation() {
        return new CardPersonalisation(
                new Issuance("3203000000000001", "3203", "32030000", 1, LocalDate.of(2026, 11, 5),
                        LocalDate.of(2036, 11, 4), 2000, CardStatus.ACTIVE),
                new Holder(HolderCategory.ADULT, "张三", "320301199001011234"),
                LocalDateTime.of(2026, 11, 5, 9, 0, 0), "32030001",
                new UserData("32030101", "000000001234", LocalDate.of(2026, 11, 5), "32030101"),
                new DoorLock("32030101", "0007", LocalDate.of(2027, 12, 31)));
    }

    @Test
    void shouldLetTheSpecSector6KeysOfA1B2C3D4Authenticate() {
        reader.putCard(card);
        initialiser.initialise(adapter, personalisation());

        adapter.authenticate(24, KeySlot.A, HEX.parseHex("4C734A01190B"));
        UserData userData = UserData.decode("A1B2C3D4", adapter.readBlock(24), adapter.readBlock(25), keys);
        adapter.authenticate(25, KeySlot.B, HEX.parseHex("523C8BD7609E"));
        adapter.writeBlock(26, new byte[16]);

        assertThat(userData.householdId()).isEqualTo("000000001234");
    }

    @Test
    void shouldReplaceTheTransportKeyInEveryProjectSectorAndLeaveTheBusSectorsAlone() {
        reader.putCard(card);

        CardInitialiser.Report report = initialiser.initialise(adapter, personalisation());

        assertThat(report.sectorsWritten()).containsExactly(1, 2, 3, 4, 5, 6, 7, 12, 13, 14, 15, 0);
        assertThat(CardInitialiser.sectorsOnTransportKey(adapter)).isEmpty();
        for (int sector = 8; sector <= 11; sector++) {
            assertThat(HEX.formatHex(card.rawBlock(sector * 4 + 3))).isEqualTo("FFFFFFFFFFFFFF078069FFFFFFFFFFFF");
        }
    }

    @Test
    void shouldWriteADirectoryAnyoneCanReadWithThePublicKeyButOnlyTheCentreCanChange() {
        reader.putCard(card);
        initialiser.initialise(adapter, personalisation());

        adapter.authenticate(1, KeySlot.A, Mad.publicKeyA());
        Mad mad = Mad.decode(adapter.readBlock(1), adapter.readBlock(2));

        assertThat(mad).isEqualTo(Mad.projectDirectory());
        assertThatThrownBy(() -> adapter.writeBlock(1, new byte[16])).hasMessage("write block 1: status 6300");
    }

    @Test
    void shouldStartTheWalletAtZeroWithAValidControlMac() {
        reader.putCard(card);
        initialiser.initialise(adapter, personalisation());

        adapter.authenticate(8, KeySlot.A, keys.sectorKey("A1B2C3D4", 2, KeySlot.A));
        int balance = adapter.readValue(8);
        WalletControl control = WalletControl.decode(adapter.readBlock(10));

        assertThat(balance).isZero();
        assertThat(adapter.readBlock(9)).isEqualTo(adapter.readBlock(8));
        assertThat(control.counter()).isZero();
        assertThat(control.lastTerminalId()).isEqualTo("32030001");
        assertThat(control.matches("A1B2C3D4", 0, keys)).isTrue();
    }

    @Test
    void shouldLetKeyADebitButNotRechargeTheWallet() {
        reader.putCard(card);
        initialiser.initialise(adapter, personalisation());
        byte[] keyA = keys.sectorKey("A1B2C3D4", 2, KeySlot.A);
        byte[] keyB = keys.sectorKey("A1B2C3D4", 2, KeySlot.B);

        adapter.authenticate(8, KeySlot.A, keyA);
        assertThatThrownBy(() -> adapter.increment(8, 100)).hasMessage("increment block 8: status 6300");
        adapter.authenticate(8, KeySlot.B, keyB);
        adapter.increment(8, 100);
        adapter.authenticate(8, KeySlot.A, keyA);
        adapter.decrement(8, 40);
        adapter.writeBlock(10, adapter.readBlock(10));
        assertThatThrownBy(() -> adapter.writeBlock(8, WalletLayout.balanceBlock(1_000_000)))
                .hasMessage("write block 8: status 6300");

        assertThat(ValueBlock.value(card.rawBlock(8))).isEqualTo(60);
    }

    @Test
    void shouldKeepTheIssuanceAreaReadOnlyForTerminals() {
        reader.putCard(card);
        initialiser.initialise(adapter, personalisation());
        adapter.authenticate(4, KeySlot.A, keys.sectorKey("A1B2C3D4", 1, KeySlot.A));

        Issuance issuance = Issuance.decode("A1B2C3D4", adapter.readBlock(4), adapter.readBlock(5), keys);

        assertThat(issuance).isEqualTo(personalisation().issuance());
        assertThatThrownBy(() -> adapter.writeBlock(4, new byte[16])).hasMessage("write block 4: status 6300");
    }

    @Test
    void shouldFinishAnInitialisationTornAtAnyCommandWithTheSameCardAsAnUntornOne() {
        reader.putCard(card);
        long before = reader.commandsTransmitted();
        initialiser.initialise(adapter, personalisation());
        int commands = (int) (reader.commandsTransmitted() - before);
        byte[][] expected = dump(card);

        for (int tearAfter = 1; tearAfter < commands; tearAfter++) {
            VirtualMifareClassic1k fresh = VirtualMifareClassic1k.factoryFresh("A1B2C3D4");
            reader.takeCard();
            reader.putCard(fresh);
            reader.tearAfter(tearAfter);
            CardCommandException torn = catchThrowableOfType(() -> initialiser.initialise(adapter, personalisation()),
                    CardCommandException.class);
            assertThat(torn).as("tear after command %d", tearAfter).isNotNull();
            assertThat(torn.isCardAbsent()).isTrue();

            reader.putCard(fresh);
            initialiser.initialise(adapter, personalisation());

            assertThat(dump(fresh)).as("card torn after command %d, then initialised again", tearAfter)
                    .isDeepEqualTo(expected);
        }
    }

    @Test
    void shouldRefuseACardWhoseSectorAnswersNeitherTransportNorItsOwnKey() {
        VirtualMifareClassic1k foreign = VirtualMifareClassic1k.factoryFresh("A1B2C3D4");
        foreign.overwriteRaw(7, HEX.parseHex("112233445566FF078069665544332211"));
        reader.putCard(foreign);

        assertThatThrownBy(() -> initialiser.initialise(adapter, personalisation()))
                .isInstanceOf(CardLayoutException.class)
                .hasMessage("card A1B2C3D4, sector 1: answers neither the transport key nor this card's key B; not initialisable");
    }

    @Test
    void shouldReportATransportKeyStillOpenOnAHalfIssuedCard() {
        reader.putCard(card);
        adapter.authenticate(4, KeySlot.A, TRANSPORT_KEY);

        assertThat(CardInitialiser.sectorsOnTransportKey(adapter)).containsExactly(1, 2, 3, 4, 5, 6, 7, 12, 13, 14, 15, 0);
    }

    private static byte[][] dump(VirtualMifareClassic1k card) {
        byte[][] blocks = new byte[64][];
        for (int block = 0; block < 64; block++) {
            blocks[block] = card.rawBlock(block);
        }
        return blocks;
    }
}
