package cn.lianxin.onecard.integration.cardio.wallet;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.Objects;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import cn.lianxin.onecard.integration.cardio.CardCommandException;
import cn.lianxin.onecard.integration.cardio.CardReaderAdapter;
import cn.lianxin.onecard.integration.cardio.ValueBlock;
import cn.lianxin.onecard.integration.cardio.layout.CardLayoutException;
import cn.lianxin.onecard.integration.cardio.layout.TransactionLog;
import cn.lianxin.onecard.integration.cardio.layout.TransactionRecord;
import cn.lianxin.onecard.integration.cardio.layout.TransactionType;
import cn.lianxin.onecard.integration.cardio.layout.WalletControl;
import cn.lianxin.onecard.integration.cardio.layout.WalletLayout;
import cn.lianxin.onecard.integration.cardio.wallet.WalletOutcome.Completed;
import cn.lianxin.onecard.integration.cardio.wallet.WalletOutcome.Interrupted;
import cn.lianxin.onecard.integration.cardio.wallet.WalletOutcome.NotApplied;
import cn.lianxin.onecard.integration.cardio.wallet.WalletOutcome.Refused;
import cn.lianxin.onecard.integration.cardio.wallet.WalletOutcome.Tampered;
import cn.lianxin.onecard.integration.cardio.wallet.WalletState.Repair;
import cn.lianxin.onecard.integration.keys.KeySlot;
import cn.lianxin.onecard.integration.keys.KeySystem;

/**
 * The wallet of the card on one reader. Every operation starts with a tap check
 * ({@link #check}): read blocks 8, 9, 10; if block 10's MAC matches block 8 the last
 * transaction is complete (refresh block 9 if it differs); if it matches only block 9 the last
 * transaction stopped after its value operation (copy 9 back to 8); if it matches neither, the
 * card is {@link Tampered}.
 *
 * <p>Then a transaction is, as card-layout.md prescribes:
 * <ol>
 *   <li>increment (recharge, key B) or decrement (debit, key A) block 8;</li>
 *   <li>write block 10 with the new counter, time, terminal and MAC — the commit point;</li>
 *   <li>restore block 8 into block 9 (backup);</li>
 *   <li>append the transaction record in sector 4 or 5 (key A of that sector).</li>
 * </ol>
 * A failure before step 1 throws the adapter's {@link CardCommandException} (nothing changed).
 * A failure in steps 1–2 returns {@link Interrupted}: if the card is still there the wallet is
 * checked (repaired) at once and the outcome settled; if it left, {@link #settle} on its next
 * tap tells whether the transaction happened — it did exactly when the card's counter reached
 * the interrupted one's. A failure in steps 3–4 leaves a complete transaction
 * ({@link Completed} with {@code backupPending} or without {@code recordWritten}).
 * So a torn card never ends up with money that no outlet counted, nor without money that a
 * terminal counted.
 *
 * <p>Money is {@code long} fen here and the card's 4-byte value on the card. Not thread-safe.
 */
public final class CardWallet {

    private static final Logger log = LoggerFactory.getLogger(CardWallet.class);

    private final CardReaderAdapter card;
    private final KeySystem keys;
    private final Clock clock;

    /** A wallet on the card behind {@code card}, deriving keys and MACs with {@code keys}. */
    public CardWallet(CardReaderAdapter card, KeySystem keys, Clock clock) {
        this.card = Objects.requireNonNull(card, "card");
        this.keys = Objects.requireNonNull(keys, "keys");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Taps the card: authenticates the wallet with {@code slot} (A at consumption terminals, B at
     * recharge outlets), repairs a torn transaction, and reports the wallet or that it was
     * tampered with.
     *
     * @throws CardCommandException when the card fails a command or leaves the field
     */
    public WalletCheck check(KeySlot slot) {
        String uid = card.readUid();
        return check(uid, slot);
    }

    /** Recharges {@code amountFen} (1–16 777 215) at outlet {@code outletId} (8 digits), with key B. */
    public WalletOutcome recharge(long amountFen, String outletId) {
        return transact(TransactionType.RECHARGE, amountFen, outletId);
    }

    /** Debits {@code amountFen} (1–16 777 215) at terminal {@code terminalId} (8 digits), with key A. */
    public WalletOutcome debit(long amountFen, String terminalId, TransactionType type) {
        if (type.isCredit()) {
            throw new IllegalArgumentException(type + " is not a debit");
        }
        return transact(type, amountFen, terminalId);
    }

    /**
     * Decides an {@link Interrupted} transaction on the card's next tap: checks (and repairs) the
     * wallet, then reports {@link Completed} if the card's counter, time and terminal are the
     * transaction's (writing its record if that is still missing), or {@link NotApplied} if the
     * card shows the counter before it.
     *
     * @throws IllegalArgumentException when another card is on the reader
     * @throws IllegalStateException when the card has had further transactions since, so the
     *     question can only be answered from the back office's records
     * @throws CardCommandException when this tap fails too (settle again on the next one)
     */
    public WalletOutcome settle(Interrupted interrupted) {
        String uid = card.readUid();
        if (!uid.equals(interrupted.uid())) {
            throw new IllegalArgumentException("card " + uid + " is on the reader; the interrupted transaction was on "
                    + interrupted.uid());
        }
        WalletCheck check = check(uid, slotFor(interrupted.type()));
        if (check instanceof Tampered tampered) {
            return tampered;
        }
        WalletState state = (WalletState) check;
        if (state.counter() == interrupted.counterIfApplied()
                && state.lastTerminalId().equals(interrupted.terminalId())
                && state.lastTransactionTime().equals(interrupted.time())) {
            TransactionRecord record = new TransactionRecord(interrupted.type(), interrupted.amountFen(),
                    state.balanceFen(), interrupted.time(), interrupted.terminalId());
            boolean recordWritten = appendRecord(uid, state.counter(), record);
            log.info("card {}: interrupted {} of {} fen settled as completed, counter {}", uid, interrupted.type(),
                    interrupted.amountFen(), state.counter());
            return new Completed(uid, interrupted.type(), interrupted.amountFen(), interrupted.balanceBeforeFen(),
                    state.balanceFen(), state.counter(), interrupted.time(), interrupted.terminalId(), false, recordWritten);
        }
        if (state.counter() == interrupted.counterIfApplied() - 1) {
            log.info("card {}: interrupted {} of {} fen settled as not applied, balance {} fen", uid,
                    interrupted.type(), interrupted.amountFen(), state.balanceFen());
            return new NotApplied(uid, interrupted.type(), interrupted.amountFen(), state.balanceFen());
        }
        throw new IllegalStateException("card " + uid + " shows counter " + state.counter()
                + " but the interrupted transaction would have made it " + interrupted.counterIfApplied()
                + "; settle it from the back office's records");
    }

    private WalletOutcome transact(TransactionType type, long amountFen, String terminalId) {
        if (amountFen <= 0 || amountFen > TransactionRecord.MAX_AMOUNT_FEN) {
            throw new IllegalArgumentException("an amount must be 1.." + TransactionRecord.MAX_AMOUNT_FEN
                    + " fen (what a card record holds), was " + amountFen);
        }
        if (terminalId == null || !terminalId.matches("[0-9]{8}")) {
            throw new IllegalArgumentException("terminalId must be 8 digits, was \"" + terminalId + "\"");
        }
        String uid = card.readUid();
        WalletCheck check = check(uid, slotFor(type));
        if (check instanceof Tampered tampered) {
            return tampered;
        }
        WalletState state = (WalletState) check;
        long before = state.balanceFen();
        long after = type.isCredit() ? before + amountFen : before - amountFen;
        if (after < 0) {
            return new Refused(uid, Refused.Reason.INSUFFICIENT_BALANCE, before);
        }
        if (after > Integer.MAX_VALUE) {
            return new Refused(uid, Refused.Reason.BALANCE_LIMIT, before);
        }
        if (state.counter() == WalletControl.MAX_COUNTER) {
            return new Refused(uid, Refused.Reason.COUNTER_EXHAUSTED, before);
        }
        int counter = state.counter() + 1;
        LocalDateTime time = LocalDateTime.now(clock);
        WalletControl control = WalletControl.sign(uid, after, counter, time, terminalId, keys);
        Interrupted pending = new Interrupted(uid, type, amountFen, before, counter, control.lastTransactionTime(),
                terminalId, null);
        int amount = WalletLayout.toCardValue(amountFen);

        try {
            if (type.isCredit()) {
                card.increment(WalletLayout.BALANCE_BLOCK, amount);
            } else {
                card.decrement(WalletLayout.BALANCE_BLOCK, amount);
            }
            card.writeBlock(WalletLayout.CONTROL_BLOCK, control.encode());
        } catch (CardCommandException e) {
            return interrupted(pending, e);
        }

        boolean backupPending = false;
        try {
            card.restore(WalletLayout.BALANCE_BLOCK, WalletLayout.BACKUP_BLOCK);
        } catch (CardCommandException e) {
            log.warn("card {}: {} of {} fen done but the backup was not refreshed ({}); the next tap does it",
                    uid, type, amountFen, e.getMessage());
            backupPending = true;
        }
        boolean recordWritten = !backupPending && appendRecord(uid, counter,
                new TransactionRecord(type, amountFen, after, control.lastTransactionTime(), terminalId));
        log.info("card {}: {} of {} fen at {}, balance {} -> {} fen, counter {}", uid, type, amountFen, terminalId,
                before, after, counter);
        return new Completed(uid, type, amountFen, before, after, counter, control.lastTransactionTime(), terminalId,
                backupPending, recordWritten);
    }

    /** A failure between the value operation and the confirmed write of block 10. */
    private WalletOutcome interrupted(Interrupted pending, CardCommandException e) {
        Interrupted interrupted = new Interrupted(pending.uid(), pending.type(), pending.amountFen(),
                pending.balanceBeforeFen(), pending.counterIfApplied(), pending.time(), pending.terminalId(),
                e.getMessage());
        log.warn("card {}: {} of {} fen interrupted at \"{}\"", pending.uid(), pending.type(), pending.amountFen(),
                e.getMessage());
        if (e.isCardAbsent()) {
            return interrupted;
        }
        try {
            return settle(interrupted);
        } catch (CardCommandException again) {
            log.warn("card {}: repair after the interruption failed too ({}); settle on the next tap",
                    pending.uid(), again.getMessage());
            return interrupted;
        }
    }

    private WalletCheck check(String uid, KeySlot slot) {
        card.authenticate(WalletLayout.BALANCE_BLOCK, slot, keys.sectorKey(uid, WalletLayout.SECTOR, slot));
        byte[] balance = card.readBlock(WalletLayout.BALANCE_BLOCK);
        byte[] backup = card.readBlock(WalletLayout.BACKUP_BLOCK);
        WalletControl control;
        try {
            control = WalletControl.decode(card.readBlock(WalletLayout.CONTROL_BLOCK));
        } catch (CardLayoutException | IllegalArgumentException e) {
            return tampered(uid, "control block 10 does not decode: " + e.getMessage());
        }
        boolean balanceMatches = matches(uid, balance, control);
        if (balanceMatches && Arrays.equals(balance, backup)) {
            return state(uid, balance, control, Repair.NONE);
        }
        if (balanceMatches) {
            card.restore(WalletLayout.BALANCE_BLOCK, WalletLayout.BACKUP_BLOCK);
            log.warn("card {}: last transaction (counter {}) was complete but its backup was not; block 9 refreshed",
                    uid, control.counter());
            return state(uid, balance, control, Repair.BACKUP_REFRESHED);
        }
        if (matches(uid, backup, control)) {
            card.restore(WalletLayout.BACKUP_BLOCK, WalletLayout.BALANCE_BLOCK);
            log.warn("card {}: a transaction after counter {} stopped half-way; block 8 restored from block 9",
                    uid, control.counter());
            return state(uid, backup, control, Repair.BALANCE_ROLLED_BACK);
        }
        return tampered(uid, "balance " + describe(balance) + " (block 8) and backup " + describe(backup)
                + " (block 9) both disagree with the MAC of block 10 (counter " + control.counter() + ")");
    }

    private boolean matches(String uid, byte[] valueBlock, WalletControl control) {
        return ValueBlock.isValid(valueBlock) && ValueBlock.value(valueBlock) >= 0
                && control.matches(uid, ValueBlock.value(valueBlock), keys);
    }

    private static WalletState state(String uid, byte[] valueBlock, WalletControl control, Repair repair) {
        return new WalletState(uid, ValueBlock.value(valueBlock), control.counter(), control.lastTransactionTime(),
                control.lastTerminalId(), repair);
    }

    private static Tampered tampered(String uid, String detail) {
        log.warn("card {}: wallet tampered with: {}", uid, detail);
        return new Tampered(uid, detail);
    }

    private static String describe(byte[] valueBlock) {
        return ValueBlock.isValid(valueBlock) ? ValueBlock.value(valueBlock) + " fen" : "(not a value block)";
    }

    /** Writes the record of the transaction that took the counter to {@code counter}; false if the card refused or left. */
    private boolean appendRecord(String uid, int counter, TransactionRecord record) {
        int block = TransactionLog.blockFor(counter);
        int sector = TransactionLog.sectorFor(counter);
        try {
            card.authenticate(block, KeySlot.A, keys.sectorKey(uid, sector, KeySlot.A));
            card.writeBlock(block, record.encode());
            return true;
        } catch (CardCommandException e) {
            log.warn("card {}: record of transaction {} not written ({})", uid, counter, e.getMessage());
            return false;
        }
    }

    private static KeySlot slotFor(TransactionType type) {
        return type.isCredit() ? KeySlot.B : KeySlot.A;
    }
}
