package cn.lianxin.onecard.integration.cardio.pcsc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import javax.smartcardio.Card;
import javax.smartcardio.CardTerminal;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import cn.lianxin.onecard.integration.cardio.CardCommandException;
import cn.lianxin.onecard.integration.cardio.CardPresenceEvent;
import cn.lianxin.onecard.integration.cardio.CardReaderAdapter;
import cn.lianxin.onecard.integration.cardio.ValueBlock;
import cn.lianxin.onecard.integration.cardio.layout.CardInitialiser;
import cn.lianxin.onecard.integration.cardio.layout.CardPersonalisation;
import cn.lianxin.onecard.integration.cardio.layout.CardStatus;
import cn.lianxin.onecard.integration.cardio.layout.Holder;
import cn.lianxin.onecard.integration.cardio.layout.HolderCategory;
import cn.lianxin.onecard.integration.cardio.layout.Issuance;
import cn.lianxin.onecard.integration.cardio.layout.SectorPlan;
import cn.lianxin.onecard.integration.cardio.layout.TransactionType;
import cn.lianxin.onecard.integration.cardio.sim.SimulatedReader;
import cn.lianxin.onecard.integration.cardio.sim.VirtualMifareClassic1k;
import cn.lianxin.onecard.integration.cardio.sim.VpcdCardBridge;
import cn.lianxin.onecard.integration.cardio.wallet.CardWallet;
import cn.lianxin.onecard.integration.cardio.wallet.WalletOutcome.Completed;
import cn.lianxin.onecard.integration.cardio.wallet.WalletOutcome.Interrupted;
import cn.lianxin.onecard.integration.cardio.wallet.WalletState;
import cn.lianxin.onecard.integration.keys.KeySlot;
import cn.lianxin.onecard.integration.keys.KeySystem;
import cn.lianxin.onecard.integration.keys.MasterKeys;

/**
 * The card adapter against the real PC/SC stack: {@code pcscd} with vsmartcard's virtual reader
 * "Virtual PCD 00 00", the project's virtual card answering on vpcd's loopback socket through
 * {@link VpcdCardBridge}, and the production code path {@link PcscReaders#system()} →
 * {@code TerminalFactory.getInstance("PC/SC")} → libpcsclite → pcscd → vpcd → bridge →
 * {@link SimulatedReader}. Issue, recharge, debit, a card taken off mid-sequence, a card torn
 * while the wallet writes its commit block, and the presence monitor seeing it go and come back.
 *
 * <p>Set-up starts pcscd if it is not running and stops it at the end ({@link RealPcscStack});
 * pcscd and vsmartcard-vpcd missing is a failure naming {@code bin/test}, which installs them.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class PcscStackIT {

    private static final Duration WAIT = Duration.ofSeconds(15);
    private static final String UID = "A1B2C3D4";
    private static final String OUTLET = "32030001";
    private static final String TERMINAL = "32030101";

    private static RealPcscStack stack;

    private final KeySystem keys = new KeySystem(MasterKeys.testKeys());
    private final Clock clock = Clock.system(ZoneId.of("Asia/Shanghai"));
    private final VirtualMifareClassic1k card = VirtualMifareClassic1k.factoryFresh(UID);
    private final SimulatedReader reader = new SimulatedReader("vpcd card");
    private PcscReaders readers;
    private CardTerminal terminal;
    private VpcdCardBridge bridge;

    @BeforeAll
    static void startPcscd() {
        stack = RealPcscStack.start(Path.of("target", "pcscd-it.log"), WAIT);
        System.out.printf("PC/SC stack: reader \"%s\" listed %d ms after set-up began; pcscd %s%n",
                stack.readerName(), stack.startup().toMillis(),
                stack.startedPcscd() ? "started by this test" : "already running");
    }

    @AfterAll
    static void stopPcscd() {
        if (stack != null) {
            boolean started = stack.startedPcscd();
            stack.close();
            assertThat(stack.pcscdAlive()).as("the pcscd this test started is stopped").isFalse();
            System.out.printf("PC/SC stack: pcscd %s%n", started ? "stopped" : "left running (not ours)");
        }
    }

    @BeforeEach
    void presentAFactoryFreshCard() throws Exception {
        readers = stack.readers();
        assertThat(readers.readerNames()).contains(stack.readerName());
        terminal = readers.terminal(stack.readerName());
        assertThat(terminal.isCardPresent()).as("no card left on the reader by an earlier test").isFalse();
        bridge = new VpcdCardBridge(reader, stack.vpcdPort());
        bridge.present(card);
        assertThat(terminal.waitForCardPresent(WAIT.toMillis()))
                .as("pcscd reports the card presented on vpcd's port %d", stack.vpcdPort()).isTrue();
    }

    @AfterEach
    void removeTheCard() throws Exception {
        if (bridge != null) {
            bridge.close();
            assertThat(terminal.waitForCardAbsent(WAIT.toMillis())).as("pcscd reports the card removed").isTrue();
        }
    }

    @Test
    void shouldIssueRechargeAndDebitTheVirtualCardThroughPcscdAndVpcd() throws Exception {
        Card raw = terminal.connect("*");
        assertThat(raw.getATR().getBytes()).isEqualTo(VpcdCardBridge.atr());
        assertThat(raw.getProtocol()).isEqualTo("T=1");
        raw.disconnect(false);

        try (PcscCardSession session = readers.connect(stack.readerName())) {
            CardReaderAdapter adapter = session.adapter();
            assertThat(adapter.readUid()).isEqualTo(UID);

            CardInitialiser.Report report = new CardInitialiser(keys).initialise(adapter, personalisation());
            assertThat(report.sectorsWritten()).isEqualTo(SectorPlan.SECTORS_WRITTEN);
            assertThat(CardInitialiser.sectorsOnTransportKey(adapter)).isEmpty();

            CardWallet wallet = new CardWallet(adapter, keys, clock);
            Completed recharge = (Completed) wallet.recharge(20_000, OUTLET);
            assertThat(recharge.balanceAfterFen()).isEqualTo(20_000);
            Completed debit = (Completed) wallet.debit(15_600, TERMINAL, TransactionType.PROPERTY_FEE);
            assertThat(debit.balanceBeforeFen()).isEqualTo(20_000);
            assertThat(debit.balanceAfterFen()).isEqualTo(4_400);
            assertThat(debit.recordWritten()).isTrue();

            WalletState state = (WalletState) wallet.check(KeySlot.A);
            assertThat(state.balanceFen()).isEqualTo(4_400);
            assertThat(state.counter()).isEqualTo(2);
            assertThat(state.lastTerminalId()).isEqualTo(TERMINAL);
            assertThat(state.repair()).isEqualTo(WalletState.Repair.NONE);
        }
        // What went through pcscd landed on the card itself.
        assertThat(ValueBlock.value(card.rawBlock(8))).isEqualTo(4_400);
        assertThat(card.rawBlock(9)).isEqualTo(card.rawBlock(8));
    }

    @Test
    void shouldReportTheCardTakenOffMidSequenceAndSeeItRemovedAndPresented() throws Exception {
        List<CardPresenceEvent> events = new CopyOnWriteArrayList<>();
        try (PcscCardPresenceMonitor monitor = readers.monitor(stack.readerName());
             PcscCardSession session = readers.connect(stack.readerName())) {
            monitor.addListener(events::add);
            assertThat(monitor.isCardPresent()).isTrue();
            CardReaderAdapter adapter = session.adapter();
            new CardInitialiser(keys).initialise(adapter, personalisation());
            adapter.authenticate(8, KeySlot.A, keys.sectorKey(UID, 2, KeySlot.A));
            assertThat(adapter.readValue(8)).isZero();

            CompletableFuture<CardPresenceEvent> removed = monitor.whenCardAbsent();
            bridge.remove();
            assertThat(removed.get(WAIT.toMillis(), TimeUnit.MILLISECONDS).kind())
                    .isEqualTo(CardPresenceEvent.Kind.REMOVED);

            CardCommandException e = catchThrowableOfType(() -> adapter.readBlock(9), CardCommandException.class);
            assertThat(e).hasMessage("read block 9: no card in the reader");
            assertThat(e.command()).isEqualTo("read block 9");
            assertThat(e.block()).hasValue(9);
            assertThat(e.statusWord()).as("no status word: the card is gone").isEmpty();
            assertThat(e.isCardAbsent()).isTrue();
            assertThat(e.getCause()).hasMessage("reader " + stack.readerName() + ": SCARD_W_REMOVED_CARD");

            CompletableFuture<CardPresenceEvent> presented = monitor.whenCardPresent();
            bridge.present(card);
            assertThat(presented.get(WAIT.toMillis(), TimeUnit.MILLISECONDS).kind())
                    .isEqualTo(CardPresenceEvent.Kind.PRESENTED);
            assertThat(events).extracting(CardPresenceEvent::kind)
                    .containsExactly(CardPresenceEvent.Kind.REMOVED, CardPresenceEvent.Kind.PRESENTED);
            assertThat(events).extracting(CardPresenceEvent::readerName).containsOnly(stack.readerName());
        }
        try (PcscCardSession again = readers.connect(stack.readerName())) {
            CardWallet wallet = new CardWallet(again.adapter(), keys, clock);
            WalletState state = (WalletState) wallet.check(KeySlot.A);
            assertThat(state.balanceFen()).isZero();
            assertThat(state.repair()).isEqualTo(WalletState.Repair.NONE);
        }
    }

    @Test
    void shouldSettleADebitWhoseCardWasTornWhileItsCommitBlockWasWritten() throws Exception {
        Interrupted interrupted;
        try (PcscCardSession session = readers.connect(stack.readerName())) {
            CardReaderAdapter adapter = session.adapter();
            new CardInitialiser(keys).initialise(adapter, personalisation());
            CardWallet wallet = new CardWallet(adapter, keys, clock);
            wallet.recharge(20_000, OUTLET);

            // A debit's commands: get UID, load key, authenticate, read 8, 9, 10, decrement 8, write 10.
            // The card writes block 10 (the commit point) and leaves before answering.
            reader.tearDuring(8);
            interrupted = (Interrupted) wallet.debit(15_600, TERMINAL, TransactionType.PROPERTY_FEE);

            assertThat(interrupted.failedCommand()).startsWith("write block 10: ");
            assertThat(terminal.waitForCardAbsent(WAIT.toMillis())).isTrue();
        }

        bridge.present(card);
        assertThat(terminal.waitForCardPresent(WAIT.toMillis())).isTrue();
        try (PcscCardSession next = readers.connect(stack.readerName())) {
            CardWallet wallet = new CardWallet(next.adapter(), keys, clock);
            Completed settled = (Completed) wallet.settle(interrupted);

            assertThat(settled.balanceAfterFen()).isEqualTo(4_400);
            assertThat(settled.counter()).isEqualTo(2);
            assertThat(settled.recordWritten()).isTrue();
            WalletState state = (WalletState) wallet.check(KeySlot.A);
            assertThat(state.balanceFen()).isEqualTo(4_400);
            assertThat(state.repair()).isEqualTo(WalletState.Repair.NONE);
        }
        assertThat(card.rawBlock(9)).isEqualTo(card.rawBlock(8));
    }

    private static CardPersonalisation personalisation() {
        return new CardPersonalisation(
                new Issuance("3203000000000001", "3203", "32030000", 1, LocalDate.of(2026, 11, 5),
                        LocalDate.of(2036, 11, 4), 2000, CardStatus.ACTIVE),
                new Holder(HolderCategory.ADULT, "张三", "320301199001011234"),
                LocalDateTime.of(2026, 11, 5, 9, 0, 0), OUTLET, null, null);
    }
}
