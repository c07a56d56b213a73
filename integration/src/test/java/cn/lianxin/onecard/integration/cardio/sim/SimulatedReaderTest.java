package cn.lianxin.onecard.integration.cardio.sim;

import static cn.lianxin.onecard.integration.cardio.sim.SimFixture.HEX;
import static cn.lianxin.onecard.integration.cardio.sim.SimFixture.TRANSPORT_KEY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import cn.lianxin.onecard.integration.cardio.CardCommandException;
import cn.lianxin.onecard.integration.cardio.CardPresenceEvent;
import cn.lianxin.onecard.integration.cardio.CardPresenceMonitor;
import cn.lianxin.onecard.integration.cardio.CardTransportException;
import cn.lianxin.onecard.integration.keys.KeySlot;

class SimulatedReaderTest {

    private final SimFixture f = new SimFixture();

    @ParameterizedTest(name = "{2}: {0} -> {1}")
    @CsvSource({
        "FFCA0000,                               6700, too short for any command",
        "00CA000000,                             6E00, class other than FF",
        "FF12000000,                             6D00, unknown instruction",
        "FFCA000002,                             6700, get UID with Le 2",
        "FFCA010000,                             6A81, get data other than the UID",
        "FF82000206FFFFFFFFFFFF,                 6B00, key slot 2",
        "FF82000005FFFFFFFFFF,                   6700, a 5-byte key",
        "FF860000050200046000,                   6A81, authenticate version 02",
        "FF860000050100046200,                   6A81, key type 62",
        "FF860000050100406000,                   6B00, authenticate block 64",
        "FF860000050100046001,                   6300, key slot 1 never loaded",
        "FFB0004010,                             6B00, read block 64",
        "FFB0010410,                             6B00, read with P1 01",
        "FFB0000404,                             6700, read 4 bytes",
        "FFD60004100102030405060708090A0B0C0D0E, 6700, write 15 bytes",
        "FFD7000405040000000A,                   6A81, value operation 04",
        "FFD70004020104,                         6A81, restore form without 03",
        "FFD70004030301,                         6700, value command with Lc 03",
        "FFB1000410,                             6700, read value with Le 16",
        "FFB0000410,                             6300, read without authentication",
    })
    void shouldAnswerMalformedOrRefusedCommandsWithTheDocumentedStatusWord(String apdu, String sw, String why) {
        byte[] response = f.reader.transmit(HEX.parseHex(apdu));

        assertThat(HEX.formatHex(response)).isEqualTo(sw);
    }

    @Test
    void shouldAnswerTheSpecCommandsWith9000() {
        assertThat(hex(f.reader.transmit(HEX.parseHex("FFCA000000")))).isEqualTo("112233449000");
        assertThat(hex(f.reader.transmit(HEX.parseHex("FF82000006FFFFFFFFFFFF")))).isEqualTo("9000");
        assertThat(hex(f.reader.transmit(HEX.parseHex("FF860000050100086000")))).isEqualTo("9000");
        assertThat(hex(f.reader.transmit(HEX.parseHex("FFD700080500000003E8")))).isEqualTo("9000");
        assertThat(hex(f.reader.transmit(HEX.parseHex("FFD70008050200000064")))).isEqualTo("9000");
        assertThat(hex(f.reader.transmit(HEX.parseHex("FFB1000804")))).isEqualTo("000003849000");
        assertThat(hex(f.reader.transmit(HEX.parseHex("FFD70008020309")))).isEqualTo("9000");
        assertThat(hex(f.reader.transmit(HEX.parseHex("FFB0000910")))).isEqualTo("84030000" + "7BFCFFFF" + "84030000" + "08F708F7" + "9000");
    }

    @Test
    void shouldFailEveryCommandAsPcscDoesWhenNoCardIsPresent() {
        f.reader.takeCard();

        CardTransportException e = catchThrowableOfType(() -> f.reader.transmit(HEX.parseHex("FFCA000000")),
                CardTransportException.class);

        assertThat(e.isCardAbsent()).isTrue();
        assertThatThrownBy(() -> f.adapter.readUid()).hasMessage("get UID: no card in the reader");
    }

    @Test
    void shouldTearTheCardAwayAfterTheGivenNumberOfCommandsKeepingItsLastState() {
        f.reader.tearAfter(3);
        f.adapter.authenticate(4, KeySlot.A, TRANSPORT_KEY);   // load key, authenticate: 2 commands
        f.adapter.writeBlock(4, HEX.parseHex("0102030405060708090A0B0C0D0E0F10")); // 3rd: completes, then torn

        CardCommandException e = catchThrowableOfType(
                () -> f.adapter.writeBlock(5, HEX.parseHex("FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF")), CardCommandException.class);

        assertThat(e).hasMessage("write block 5: no card in the reader");
        assertThat(e.isCardAbsent()).isTrue();
        assertThat(f.reader.isCardPresent()).isFalse();
        assertThat(hex(f.card.rawBlock(4))).isEqualTo("0102030405060708090A0B0C0D0E0F10");
        assertThat(f.card.rawBlock(5)).containsOnly(0);
    }

    @Test
    void shouldLetTheCardCarryOutACommandWhoseAnswerIsLostInATear() {
        f.adapter.authenticate(4, KeySlot.A, TRANSPORT_KEY);
        f.reader.tearDuring(1);

        CardCommandException e = catchThrowableOfType(
                () -> f.adapter.writeBlock(4, HEX.parseHex("0102030405060708090A0B0C0D0E0F10")), CardCommandException.class);

        assertThat(e).hasMessage("write block 4: no card in the reader");
        assertThat(f.reader.isCardPresent()).isFalse();
        assertThat(hex(f.card.rawBlock(4))).as("written all the same").isEqualTo("0102030405060708090A0B0C0D0E0F10");
    }

    @Test
    void shouldMakeAReturningCardAuthenticateAgain() {
        f.adapter.authenticate(4, KeySlot.A, TRANSPORT_KEY);
        f.reader.takeCard();
        f.reader.putCard(f.card);

        assertThatThrownBy(() -> f.adapter.readBlock(4)).hasMessage("read block 4: status 6300");
    }

    @Test
    void shouldHoldAtMostOneCard() {
        assertThatThrownBy(() -> f.reader.putCard(VirtualMifareClassic1k.factoryFresh("55667788")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("already holds card 11223344");
    }

    @Test
    void shouldTellListenersWhenACardIsPutDownTakenAwayOrTorn() {
        CardPresenceMonitor monitor = f.reader.presenceMonitor();
        List<String> seen = new ArrayList<>();
        monitor.addListener(e -> seen.add(e.kind() + " on " + e.readerName()));

        f.reader.takeCard();
        f.reader.putCard(f.card);
        f.reader.tearAfter(1);
        f.adapter.readUid();

        assertThat(seen).containsExactly("REMOVED on Simulated reader 0", "PRESENTED on Simulated reader 0",
                "REMOVED on Simulated reader 0");
        assertThat(monitor.isCardPresent()).isFalse();
    }

    @Test
    void shouldLetAWaitingStepContinueWhenTheClerkPutsTheCardDown() throws Exception {
        CardPresenceMonitor monitor = f.reader.presenceMonitor();
        f.reader.takeCard();
        CompletableFuture<CardPresenceEvent> cardDown = monitor.whenCardPresent();
        assertThat(cardDown).isNotDone();

        f.reader.putCard(f.card);

        assertThat(cardDown.get(1, java.util.concurrent.TimeUnit.SECONDS).kind()).isEqualTo(CardPresenceEvent.Kind.PRESENTED);
        assertThat(monitor.whenCardPresent()).as("a card already down completes at once").isDone();
        assertThat(monitor.whenCardAbsent()).isNotDone();
    }

    @Test
    void shouldStopDeliveringEventsOnceClosed() {
        CardPresenceMonitor monitor = f.reader.presenceMonitor();
        List<CardPresenceEvent> seen = new ArrayList<>();
        monitor.addListener(seen::add);
        CompletableFuture<CardPresenceEvent> removal = monitor.whenCardAbsent();

        monitor.close();
        f.reader.takeCard();

        assertThat(seen).isEmpty();
        assertThat(removal).isCancelled();
    }

    private static String hex(byte[] b) {
        return HEX.formatHex(b);
    }
}
