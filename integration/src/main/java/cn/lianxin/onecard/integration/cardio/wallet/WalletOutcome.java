package cn.lianxin.onecard.integration.cardio.wallet;

import java.time.LocalDateTime;

import cn.lianxin.onecard.integration.cardio.layout.TransactionType;

/** The result of a recharge, a debit, or of settling an interrupted one. */
public sealed interface WalletOutcome {

    /** The card's UID. */
    String uid();

    /**
     * The transaction is on the card. Count it.
     *
     * @param uid the card
     * @param type what it was
     * @param amountFen amount
     * @param balanceBeforeFen balance before
     * @param balanceAfterFen balance after
     * @param counter the card's transaction counter after it
     * @param time the transaction time written to the card
     * @param terminalId the terminal or outlet written to the card
     * @param backupPending the card left before block 9 was refreshed; its next tap does it
     * @param recordWritten whether the transaction record (sectors 4–5) was written
     */
    record Completed(String uid, TransactionType type, long amountFen, long balanceBeforeFen, long balanceAfterFen,
                     int counter, LocalDateTime time, String terminalId, boolean backupPending,
                     boolean recordWritten) implements WalletOutcome {
    }

    /**
     * Nothing was written: the transaction is not allowed.
     *
     * @param uid the card
     * @param reason why
     * @param balanceFen the unchanged balance
     */
    record Refused(String uid, Reason reason, long balanceFen) implements WalletOutcome {

        /** Why a transaction was refused. */
        public enum Reason {
            /** A debit larger than the balance. */
            INSUFFICIENT_BALANCE,
            /** A recharge that would take the balance past what the card holds (2 147 483 647 fen). */
            BALANCE_LIMIT,
            /** The 3-byte transaction counter is used up; the card must be replaced. */
            COUNTER_EXHAUSTED
        }
    }

    /**
     * The wallet's balance matches neither copy's MAC: the card has been tampered with. Nothing
     * was written; the caller blacklists the card with reason {@link #BLACKLIST_REASON}.
     *
     * @param uid the card
     * @param detail what was found, in words
     */
    record Tampered(String uid, String detail) implements WalletOutcome, WalletCheck {

        /** The blacklist reason code: {@code 04} suspected fraud (interfaces.md §3.3). */
        public static final String BLACKLIST_REASON = "04";

        /** The blacklist reason code, {@code 04}. */
        public String blacklistReason() {
            return BLACKLIST_REASON;
        }
    }

    /**
     * The card left (or failed) after the value operation was sent and before block 10 was
     * confirmed: whether the transaction happened is decided by the card's next tap. Hand this to
     * {@link CardWallet#settle} when the card is back; until then count nothing.
     *
     * @param uid the card
     * @param type what was attempted
     * @param amountFen amount
     * @param balanceBeforeFen balance before
     * @param counterIfApplied the counter the card shows if the transaction happened
     * @param time the transaction time it would carry
     * @param terminalId the terminal or outlet it would carry
     * @param failedCommand the command that failed, in the adapter's words
     */
    record Interrupted(String uid, TransactionType type, long amountFen, long balanceBeforeFen, int counterIfApplied,
                       LocalDateTime time, String terminalId, String failedCommand) implements WalletOutcome {
    }

    /**
     * An interrupted transaction turned out not to have happened (the card was repaired to the
     * balance before it). Count nothing.
     *
     * @param uid the card
     * @param type what was attempted
     * @param amountFen amount attempted
     * @param balanceFen the balance, as before the attempt
     */
    record NotApplied(String uid, TransactionType type, long amountFen, long balanceFen) implements WalletOutcome {
    }
}
