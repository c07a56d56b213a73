package cn.lianxin.onecard.integration.cardio.wallet;

import static cn.lianxin.onecard.integration.cardio.wallet.WalletFixture.OUTLET;
import static cn.lianxin.onecard.integration.cardio.wallet.WalletFixture.TERMINAL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import cn.lianxin.onecard.integration.cardio.CardCommandException;
import cn.lianxin.onecard.integration.cardio.layout.TransactionType;
import cn.lianxin.onecard.integration.cardio.wallet.WalletOutcome.Completed;
import cn.lianxin.onecard.integration.cardio.wallet.WalletOutcome.Interrupted;
import cn.lianxin.onecard.integration.cardio.wallet.WalletOutcome.NotApplied;
import cn.lianxin.onecard.integration.cardio.wallet.WalletState.Repair;
import cn.lianxin.onecard.integration.keys.KeySlot;

/**
 * The card is torn away at every command of a recharge and of a debit — after the command, and
 * during it (executed, answer lost) — then tapped again. Each time the wallet ends consistent
 * and holds exactly the money the terminal or outlet counted: none created, none lost.
 */
class WalletTearTest {

    private static final long START_FEN = 10_000;

    private enum Tear { AFTER, DURING }

    private record Operation(String name, long signedAmount, Function<CardWallet, WalletOutcome> run) {
    }

    private static final List<Operation> OPERATIONS = List.of(
            new Operation("recharge 50.00", +5_000, w -> w.recharge(5_000, OUTLET)),
            new Operation("debit 30.00", -3_000, w -> w.debit(3_000, TERMINAL, TransactionType.PROPERTY_FEE)),
            new Operation("debit of the whole balance", -START_FEN,
                    w -> w.debit(START_FEN, TERMINAL, TransactionType.PARKING_FEE)));

    @TestFactory
    Stream<DynamicTest> shouldEndConsistentWithExactlyTheCountedMoneyWhereverTheCardIsTorn() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Operation operation : OPERATIONS) {
            int commands = commandsOf(operation);
            for (Tear tear : Tear.values()) {
                for (int point = 1; point <= commands; point++) {
                    int p = point;
                    tests.add(DynamicTest.dynamicTest(operation.name() + ", torn " + tear.name().toLowerCase()
                            + " command " + p + " of " + commands, () -> tearAndTapAgain(operation, tear, p)));
                }
            }
        }
        return tests.stream();
    }

    @Test
    void shouldSettleAnInterruptedDebitEvenWhenTheSettlingTapIsTornToo() {
        WalletFixture f = new WalletFixture().withBalance(START_FEN);
        f.reader.tearAfter(7); // uid, load key, authenticate, read 8, 9, 10, decrement: torn before block 10
        Interrupted interrupted = (Interrupted) f.wallet.debit(3_000, TERMINAL, TransactionType.PROPERTY_FEE);
        assertThat(interrupted.failedCommand()).isEqualTo("write block 10: no card in the reader");

        f.reader.putCard(f.card);
        f.reader.tearAfter(4);
        assertThat(catchThrowableOfType(() -> f.wallet.settle(interrupted), CardCommandException.class).isCardAbsent())
                .isTrue();
        f.reader.putCard(f.card);

        assertThat(f.wallet.settle(interrupted))
                .isEqualTo(new NotApplied(WalletFixture.UID, TransactionType.PROPERTY_FEE, 3_000, START_FEN));
        assertThat(f.rawBalance()).isEqualTo((int) START_FEN);
    }

    private static int commandsOf(Operation operation) {
        WalletFixture dry = new WalletFixture().withBalance(START_FEN);
        long before = dry.reader.commandsTransmitted();
        assertThat(operation.run().apply(dry.wallet)).isInstanceOf(Completed.class);
        return (int) (dry.reader.commandsTransmitted() - before);
    }

    private static void tearAndTapAgain(Operation operation, Tear tear, int point) {
        WalletFixture f = new WalletFixture().withBalance(START_FEN);
        int counterBefore = f.rawControl().counter();
        if (tear == Tear.AFTER) {
            f.reader.tearAfter(point);
        } else {
            f.reader.tearDuring(point);
        }

        WalletOutcome outcome;
        try {
            outcome = operation.run().apply(f.wallet);
        } catch (CardCommandException e) {
            assertThat(e.isCardAbsent()).as("only the tear may fail the operation: %s", e.getMessage()).isTrue();
            outcome = null; // failed before the value operation: nothing to count
        }
        assertThat(f.reader.isCardPresent()).as("the card was torn away").isFalse();

        f.reader.putCard(f.card);
        WalletOutcome settled = outcome instanceof Interrupted interrupted ? f.wallet.settle(interrupted) : outcome;
        long counted = settled instanceof Completed done ? operation.signedAmount() : 0;
        if (settled instanceof Completed done) {
            assertThat(done.balanceAfterFen()).isEqualTo(START_FEN + operation.signedAmount());
        } else if (settled != null) {
            assertThat(settled).isInstanceOf(NotApplied.class);
        }

        WalletState state = (WalletState) f.wallet.check(KeySlot.A);
        assertThat(state.balanceFen()).as("money on the card = money counted").isEqualTo(START_FEN + counted);
        assertThat(state.counter()).isEqualTo(counterBefore + (counted != 0 ? 1 : 0));
        assertThat(f.rawBalance()).isEqualTo((int) (START_FEN + counted));
        assertThat(f.card.rawBlock(9)).as("backup equals balance").isEqualTo(f.card.rawBlock(8));
        assertThat(f.rawControl().matches(WalletFixture.UID, f.rawBalance(), f.keys)).isTrue();
        assertThat(((WalletState) f.wallet.check(KeySlot.B)).repair()).as("nothing left to repair").isEqualTo(Repair.NONE);
    }
}
