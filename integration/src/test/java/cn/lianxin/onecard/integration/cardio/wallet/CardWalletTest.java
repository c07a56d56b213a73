package cn.lianxin.onecard.integration.cardio.wallet;

import static cn.lianxin.onecard.integration.cardio.wallet.WalletFixture.OUTLET;
import static cn.lianxin.onecard.integration.cardio.wallet.WalletFixture.TERMINAL;
import static cn.lianxin.onecard.integration.cardio.wallet.WalletFixture.UID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;

import cn.lianxin.onecard.integration.cardio.AccessBits;
import cn.lianxin.onecard.integration.cardio.SectorTrailer;
import cn.lianxin.onecard.integration.cardio.layout.TransactionLog;
import cn.lianxin.onecard.integration.cardio.layout.TransactionRecord;
import cn.lianxin.onecard.integration.cardio.layout.TransactionType;
import cn.lianxin.onecard.integration.cardio.layout.WalletControl;
import cn.lianxin.onecard.integration.cardio.layout.WalletLayout;
import cn.lianxin.onecard.integration.cardio.wallet.WalletOutcome.Completed;
import cn.lianxin.onecard.integration.cardio.wallet.WalletOutcome.NotApplied;
import cn.lianxin.onecard.integration.cardio.wallet.WalletOutcome.Refused;
import cn.lianxin.onecard.integration.cardio.wallet.WalletOutcome.Tampered;
import cn.lianxin.onecard.integration.cardio.wallet.WalletState.Repair;
import cn.lianxin.onecard.integration.keys.KeySlot;

class CardWalletTest {

    private final WalletFixture f = new WalletFixture();

    @Test
    void shouldRechargeWithKeyBAndRecordIt() {
        WalletOutcome outcome = f.wallet.recharge(10_000, OUTLET);

        assertThat(outcome).isInstanceOf(Completed.class);
        Completed done = (Completed) outcome;
        assertThat(done.balanceBeforeFen()).isZero();
        assertThat(done.balanceAfterFen()).isEqualTo(10_000);
        assertThat(done.counter()).isEqualTo(1);
        assertThat(done.backupPending()).isFalse();
        assertThat(done.recordWritten()).isTrue();
        assertThat(f.rawBalance()).isEqualTo(10_000);
        assertThat(f.card.rawBlock(9)).isEqualTo(f.card.rawBlock(8));
        assertThat(TransactionRecord.decode(f.card.rawBlock(16)))
                .isEqualTo(new TransactionRecord(TransactionType.RECHARGE, 10_000, 10_000, done.time(), OUTLET));
    }

    @Test
    void shouldDebitWithKeyAAndWriteCounterTimeTerminalAndMac() {
        f.withBalance(10_000);

        Completed done = (Completed) f.wallet.debit(3_456, TERMINAL, TransactionType.PROPERTY_FEE);

        assertThat(done.balanceAfterFen()).isEqualTo(6_544);
        WalletControl control = f.rawControl();
        assertThat(control.counter()).isEqualTo(2);
        assertThat(control.lastTerminalId()).isEqualTo(TERMINAL);
        assertThat(control.lastTransactionTime()).isEqualTo(done.time());
        assertThat(control.matches(UID, 6_544, f.keys)).isTrue();
        WalletState state = (WalletState) f.wallet.check(KeySlot.A);
        assertThat(state.balanceFen()).isEqualTo(6_544);
        assertThat(state.repair()).isEqualTo(Repair.NONE);
    }

    @Test
    void shouldKeepTheLastSixRecordsNewestFirst() {
        f.withBalance(100_000);
        for (int i = 1; i <= 7; i++) {
            f.wallet.debit(i * 100L, TERMINAL, TransactionType.PARKING_FEE);
        }

        f.adapter.authenticate(16, KeySlot.A, f.keys.sectorKey(UID, 4, KeySlot.A));
        List<byte[]> slots = new java.util.ArrayList<>();
        for (int block : TransactionLog.BLOCKS) {
            if (block == 20) {
                f.adapter.authenticate(20, KeySlot.A, f.keys.sectorKey(UID, 5, KeySlot.A));
            }
            slots.add(f.adapter.readBlock(block));
        }
        List<TransactionLog.Entry> log = TransactionLog.decode(slots, f.rawControl().counter());

        assertThat(log).extracting(e -> e.record().amountFen()).containsExactly(700L, 600L, 500L, 400L, 300L, 200L);
        assertThat(log.get(0).record().balanceAfterFen()).isEqualTo(100_000 - 2_800);
    }

    @Test
    void shouldRefuseADebitLargerThanTheBalanceWithoutTouchingTheCard() {
        f.withBalance(15_000);
        byte[][] before = f.dump();

        WalletOutcome outcome = f.wallet.debit(15_600, TERMINAL, TransactionType.PROPERTY_FEE);

        assertThat(outcome).isEqualTo(new Refused(UID, Refused.Reason.INSUFFICIENT_BALANCE, 15_000));
        assertThat(f.dump()).isDeepEqualTo(before);
    }

    @Test
    void shouldAllowDebitingTheWholeBalanceToZero() {
        f.withBalance(15_600);

        Completed done = (Completed) f.wallet.debit(15_600, TERMINAL, TransactionType.PROPERTY_FEE);

        assertThat(done.balanceAfterFen()).isZero();
        assertThat(f.rawBalance()).isZero();
    }

    @Test
    void shouldRefuseARechargePastWhatTheCardHolds() {
        forgeConsistentWallet(Integer.MAX_VALUE - 5, 3);

        WalletOutcome outcome = f.wallet.recharge(10, OUTLET);

        assertThat(outcome).isEqualTo(new Refused(UID, Refused.Reason.BALANCE_LIMIT, Integer.MAX_VALUE - 5));
    }

    @Test
    void shouldRefuseATransactionOnceTheCounterIsUsedUp() {
        forgeConsistentWallet(500, WalletControl.MAX_COUNTER);

        assertThat(f.wallet.debit(1, TERMINAL, TransactionType.OTHER_SERVICE))
                .isEqualTo(new Refused(UID, Refused.Reason.COUNTER_EXHAUSTED, 500));
    }

    @Test
    void shouldRefuseAmountsThatAreNotWholePositiveFenACardRecordHolds() {
        assertThatThrownBy(() -> f.wallet.recharge(0, OUTLET)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> f.wallet.debit(-1, TERMINAL, TransactionType.PROPERTY_FEE))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> f.wallet.recharge(16_777_216, OUTLET)).hasMessageContaining("1..16777215 fen");
        assertThatThrownBy(() -> f.wallet.debit(1, TERMINAL, TransactionType.RECHARGE))
                .hasMessage("RECHARGE is not a debit");
    }

    @Test
    void shouldReportATamperedBalanceForTheBlacklistAndWriteNothing() {
        f.withBalance(1_000);
        f.card.overwriteRaw(8, WalletLayout.balanceBlock(999_999));
        f.card.overwriteRaw(9, WalletLayout.balanceBlock(999_999));
        byte[][] before = f.dump();

        WalletOutcome outcome = f.wallet.debit(100, TERMINAL, TransactionType.PROPERTY_FEE);

        assertThat(outcome).isInstanceOf(Tampered.class);
        Tampered tampered = (Tampered) outcome;
        assertThat(tampered.blacklistReason()).isEqualTo("04");
        assertThat(tampered.detail()).isEqualTo("balance 999999 fen (block 8) and backup 999999 fen (block 9) both"
                + " disagree with the MAC of block 10 (counter 1)");
        assertThat(f.dump()).isDeepEqualTo(before);
    }

    @Test
    void shouldReportATamperedCounterOrTime() {
        f.withBalance(1_000);
        byte[] control = f.card.rawBlock(10);
        control[2] = 0; // counter 1 -> 0, as if to replay a transaction
        f.card.overwriteRaw(10, control);

        assertThat(f.wallet.check(KeySlot.A)).isInstanceOf(Tampered.class);
    }

    @Test
    void shouldRollBackAValueOperationThatWasNotFollowedByItsControlBlock() {
        f.withBalance(1_000);
        f.adapter.authenticate(8, KeySlot.A, f.keys.sectorKey(UID, 2, KeySlot.A));
        f.adapter.decrement(8, 300);

        WalletState state = (WalletState) f.wallet.check(KeySlot.A);

        assertThat(state.repair()).isEqualTo(Repair.BALANCE_ROLLED_BACK);
        assertThat(state.balanceFen()).isEqualTo(1_000);
        assertThat(f.rawBalance()).isEqualTo(1_000);
        assertThat(f.card.rawBlock(8)).isEqualTo(f.card.rawBlock(9));
    }

    @Test
    void shouldRefreshTheBackupOfACommittedTransaction() {
        f.withBalance(1_000);
        f.adapter.authenticate(8, KeySlot.A, f.keys.sectorKey(UID, 2, KeySlot.A));
        f.adapter.decrement(8, 300);
        f.adapter.writeBlock(10, WalletControl.sign(UID, 700, 2, LocalDateTime.of(2026, 11, 6, 8, 0), TERMINAL, f.keys).encode());

        WalletState state = (WalletState) f.wallet.check(KeySlot.B);

        assertThat(state.repair()).isEqualTo(Repair.BACKUP_REFRESHED);
        assertThat(state.balanceFen()).isEqualTo(700);
        assertThat(state.counter()).isEqualTo(2);
        assertThat(f.card.rawBlock(9)).isEqualTo(f.card.rawBlock(8));
    }

    @Test
    void shouldRepairAtOnceWhenTheCardRefusesTheControlBlockWhileStillPresent() {
        f.withBalance(1_000);
        // A card whose wallet trailer (forged by an attacker, or mis-issued) lets key A decrement but not write block 10.
        f.card.overwriteRaw(11, SectorTrailer.encode(f.keys.sectorKey(UID, 2, KeySlot.A),
                AccessBits.of(0b110, 0b110, 0b100, 0b011), 0, f.keys.sectorKey(UID, 2, KeySlot.B)));

        WalletOutcome outcome = f.wallet.debit(300, TERMINAL, TransactionType.PROPERTY_FEE);

        assertThat(outcome).isEqualTo(new NotApplied(UID, TransactionType.PROPERTY_FEE, 300, 1_000));
        assertThat(f.rawBalance()).isEqualTo(1_000);
        assertThat(f.card.rawBlock(9)).isEqualTo(f.card.rawBlock(8));
    }

    @Test
    void shouldRefuseToSettleOnAnotherCard() {
        f.withBalance(1_000);
        f.reader.tearAfter(5); // uid, load key, authenticate, read 8, read 9 ... torn before the debit
        WalletOutcome.Interrupted interrupted = new WalletOutcome.Interrupted(UID, TransactionType.PROPERTY_FEE, 300,
                1_000, 2, LocalDateTime.of(2026, 11, 5, 9, 30), TERMINAL, "decrement block 8: no card in the reader");
        f.reader.takeCard();
        f.reader.putCard(cn.lianxin.onecard.integration.cardio.sim.VirtualMifareClassic1k.factoryFresh("0F1E2D3C"));

        assertThatThrownBy(() -> f.wallet.settle(interrupted))
                .hasMessage("card 0F1E2D3C is on the reader; the interrupted transaction was on A1B2C3D4");
    }

    /** Writes a consistent wallet (blocks 8, 9, 10) with any balance and counter, as only a test can. */
    private void forgeConsistentWallet(int balance, int counter) {
        f.card.overwriteRaw(8, WalletLayout.balanceBlock(balance));
        f.card.overwriteRaw(9, WalletLayout.balanceBlock(balance));
        f.card.overwriteRaw(10, WalletControl.sign(UID, balance, counter, LocalDateTime.of(2026, 11, 5, 9, 0), OUTLET,
                f.keys).encode());
    }
}
