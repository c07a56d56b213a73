package cn.lianxin.onecard.integration.cardio.pcsc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.ByteBuffer;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import javax.smartcardio.Card;
import javax.smartcardio.CardChannel;
import javax.smartcardio.CardException;
import javax.smartcardio.CardTerminal;
import javax.smartcardio.CommandAPDU;
import javax.smartcardio.ResponseAPDU;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import cn.lianxin.onecard.integration.cardio.CardCommandException;
import cn.lianxin.onecard.integration.cardio.CardPresenceEvent;
import cn.lianxin.onecard.integration.cardio.CardReaderAdapter;
import cn.lianxin.onecard.integration.cardio.sim.SimulatedReader;
import cn.lianxin.onecard.integration.cardio.sim.VirtualMifareClassic1k;
import cn.lianxin.onecard.integration.keys.KeySlot;

/**
 * The PC/SC code path (PcscReaders → javax.smartcardio Card/CardChannel → PcscApduChannel →
 * CardReaderAdapter, and the presence monitor's waiting thread) over a javax.smartcardio
 * provider backed by the simulated reader.
 */
class PcscPathTest {

    private static final HexFormat HEX = HexFormat.of().withUpperCase();
    private static final byte[] TRANSPORT_KEY = HEX.parseHex("FFFFFFFFFFFF");

    private final SimulatedReader reader = new SimulatedReader("ACS ACR122U PICC Interface 00 00");
    private final VirtualMifareClassic1k card = VirtualMifareClassic1k.factoryFresh("A1B2C3D4");
    private PcscCardPresenceMonitor monitor;

    @AfterEach
    void stopMonitor() {
        if (monitor != null) {
            monitor.close();
        }
    }

    @Test
    void shouldListTheReaderAndDriveItsCardThroughJavaxSmartcardio() throws Exception {
        reader.putCard(card);
        PcscReaders readers = PcscReaders.using(SimulatedPcscStack.factory(reader));

        assertThat(readers.readerNames()).containsExactly("ACS ACR122U PICC Interface 00 00");
        try (PcscCardSession session = readers.connect("ACS ACR122U PICC Interface 00 00")) {
            CardReaderAdapter adapter = session.adapter();
            assertThat(adapter.readUid()).isEqualTo("A1B2C3D4");
            adapter.authenticate(8, KeySlot.A, TRANSPORT_KEY);
            adapter.storeValue(8, 15_600);
            adapter.decrement(8, 600);
            adapter.restore(8, 9);
            assertThat(adapter.readValue(9)).isEqualTo(15_000);
            adapter.writeBlock(10, HEX.parseHex("000102030405060708090A0B0C0D0E0F"));
            assertThat(HEX.formatHex(adapter.readBlock(10))).isEqualTo("000102030405060708090A0B0C0D0E0F");
            assertThatThrownBy(() -> adapter.authenticate(9, KeySlot.B, TRANSPORT_KEY))
                    .hasMessage("authenticate block 9 with key B: status 6300");
        }
    }

    @Test
    void shouldReportACardTakenAwayMidSessionAsNoCard() throws Exception {
        reader.putCard(card);
        try (PcscCardSession session = PcscReaders.using(SimulatedPcscStack.factory(reader))
                .connect("ACS ACR122U PICC Interface 00 00")) {
            session.adapter().authenticate(4, KeySlot.A, TRANSPORT_KEY);
            reader.takeCard();

            CardCommandException e = catchThrowableOfType(() -> session.adapter().readBlock(4), CardCommandException.class);

            assertThat(e).hasMessage("read block 4: no card in the reader");
            assertThat(e.isCardAbsent()).isTrue();
        }
    }

    @Test
    void shouldReportAnAnswerWithoutStatusWordWithItsCommandAndBlock() {
        // vpcd answers a command whose card left while executing it with zero bytes and success.
        CardChannel silent = new CardChannel() {
            @Override
            public Card getCard() {
                throw new UnsupportedOperationException();
            }

            @Override
            public int getChannelNumber() {
                return 0;
            }

            @Override
            public ResponseAPDU transmit(CommandAPDU command) {
                return new ResponseAPDU(new byte[0]); // what the JDK does: IllegalArgumentException
            }

            @Override
            public int transmit(ByteBuffer command, ByteBuffer response) {
                command.position(command.limit());
                return 0;
            }

            @Override
            public void close() {
            }
        };
        CardReaderAdapter adapter = new CardReaderAdapter(new PcscApduChannel(silent, "Virtual PCD 00 00"));

        CardCommandException e = catchThrowableOfType(() -> adapter.readBlock(4), CardCommandException.class);

        assertThat(e).hasMessage("read block 4: answer of 0 bytes, no status word");
        assertThat(e.command()).isEqualTo("read block 4");
        assertThat(e.block()).hasValue(4);
        assertThat(e.statusWord()).isEmpty();
    }

    @Test
    void shouldExplainWhyItCannotConnect() throws Exception {
        PcscReaders readers = PcscReaders.using(SimulatedPcscStack.factory(reader));

        assertThatThrownBy(() -> readers.connect("ACS ACR122U PICC Interface 00 00"))
                .isInstanceOf(PcscReaderUnavailableException.class)
                .hasMessage("cannot connect to the card on reader \"ACS ACR122U PICC Interface 00 00\": SCARD_E_NO_SMARTCARD");
        assertThatThrownBy(() -> readers.connect("Nope"))
                .hasMessage("no PC/SC reader named \"Nope\"");
    }

    @Test
    void shouldSeeCardsComeAndGoOnItsWatchingThread() throws Exception {
        PcscReaders readers = PcscReaders.using(SimulatedPcscStack.factory(reader));
        monitor = PcscCardPresenceMonitor.start(readers.terminal("ACS ACR122U PICC Interface 00 00"),
                Duration.ofMillis(50), Clock.systemUTC());
        CompletableFuture<CardPresenceEvent> presented = monitor.whenCardPresent();

        reader.putCard(card);
        assertThat(presented.get(5, TimeUnit.SECONDS).kind()).isEqualTo(CardPresenceEvent.Kind.PRESENTED);
        assertThat(presented.get().readerName()).isEqualTo("ACS ACR122U PICC Interface 00 00");

        CompletableFuture<CardPresenceEvent> removed = monitor.whenCardAbsent();
        reader.takeCard();
        assertThat(removed.get(5, TimeUnit.SECONDS).kind()).isEqualTo(CardPresenceEvent.Kind.REMOVED);
        assertThat(monitor.isCardPresent()).isFalse();
    }

    @Test
    void shouldWatchWithoutBlockingInPcscWhichWouldHoldUpEveryCardSession() throws Exception {
        // javax.smartcardio has one PC/SC context per JVM and pcsc-lite serialises calls on it.
        CardTerminal simulated = PcscReaders.using(SimulatedPcscStack.factory(reader))
                .terminal("ACS ACR122U PICC Interface 00 00");
        CardTerminal nonBlockingOnly = new CardTerminal() {
            @Override
            public String getName() {
                return simulated.getName();
            }

            @Override
            public Card connect(String protocol) throws CardException {
                return simulated.connect(protocol);
            }

            @Override
            public boolean isCardPresent() throws CardException {
                return simulated.isCardPresent();
            }

            @Override
            public boolean waitForCardPresent(long timeout) {
                throw new AssertionError("a blocking wait holds the PC/SC context");
            }

            @Override
            public boolean waitForCardAbsent(long timeout) {
                throw new AssertionError("a blocking wait holds the PC/SC context");
            }
        };
        monitor = PcscCardPresenceMonitor.start(nonBlockingOnly, Duration.ofMillis(20), Clock.systemUTC());

        CompletableFuture<CardPresenceEvent> presented = monitor.whenCardPresent();
        reader.putCard(card);
        assertThat(presented.get(5, TimeUnit.SECONDS).kind()).isEqualTo(CardPresenceEvent.Kind.PRESENTED);
        CompletableFuture<CardPresenceEvent> removed = monitor.whenCardAbsent();
        reader.takeCard();
        assertThat(removed.get(5, TimeUnit.SECONDS).kind()).isEqualTo(CardPresenceEvent.Kind.REMOVED);
    }

    @Test
    void shouldStartWithTheCurrentStateAndStopItsThreadWhenClosed() throws Exception {
        reader.putCard(card);
        monitor = PcscCardPresenceMonitor.start(PcscReaders.using(SimulatedPcscStack.factory(reader))
                .terminal("ACS ACR122U PICC Interface 00 00"), Duration.ofMillis(50), Clock.systemUTC());

        assertThat(monitor.isCardPresent()).isTrue();
        assertThat(monitor.whenCardPresent()).isDone();

        monitor.close();
        assertThat(Thread.getAllStackTraces().keySet())
                .noneMatch(t -> t.getName().equals("card-presence-ACS ACR122U PICC Interface 00 00"));
    }
}
