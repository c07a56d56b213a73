package cn.lianxin.onecard.integration.format;

import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;

/**
 * One wallet transaction of a consumption upload ({@code DTL1} line, 134 characters).
 *
 * <p>A transaction is identified by (card number, card transaction counter, PSAM id, terminal
 * transaction sequence): see {@link #transactionKey()}. Balance arithmetic is not a format
 * rule — a parsed detail may break it; {@link #balanceArithmeticHolds()} tells ({@code R004}).
 *
 * @param type                the transaction type
 * @param cardNumber          16 digits
 * @param uid                 8 upper-case hex
 * @param cardCounter         card transaction counter after this transaction, 0..999999
 * @param terminalId          8 digits
 * @param psamId              12 upper-case hex
 * @param terminalSequence    terminal transaction sequence, 0..99999999
 * @param transactionTime     second precision (finer parts are dropped)
 * @param amountFen           0..9999999999
 * @param balanceBeforeFen    0..9999999999
 * @param balanceAfterFen     0..9999999999; should be before − amount
 * @param billReference       the bill paid, or {@link BillReference#NONE}
 * @param tac                 8 upper-case hex as read; {@code null} on a detail still to be
 *                            signed, for which {@link ConsWriter} computes it
 */
public record ConsDetail(TransactionType type, String cardNumber, String uid, int cardCounter, String terminalId,
        String psamId, long terminalSequence, LocalDateTime transactionTime, long amountFen, long balanceBeforeFen,
        long balanceAfterFen, BillReference billReference, String tac) {

    /** Largest amount a 10-digit field holds. */
    public static final long MAX_FEN = 9_999_999_999L;

    /** Checks and normalises the components. */
    public ConsDetail {
        Ascii.requireNonNull("type", type);
        Ascii.requireDigits("cardNumber", cardNumber, 16);
        Ascii.requireUpperHex("uid", uid, 8);
        Ascii.requireRange("cardCounter", cardCounter, 0, 999_999);
        Ascii.requireDigits("terminalId", terminalId, 8);
        Ascii.requireUpperHex("psamId", psamId, 12);
        Ascii.requireRange("terminalSequence", terminalSequence, 0, 99_999_999);
        transactionTime = Ascii.requireNonNull("transactionTime", transactionTime).truncatedTo(ChronoUnit.SECONDS);
        Ascii.requireRange("amountFen", amountFen, 0, MAX_FEN);
        Ascii.requireRange("balanceBeforeFen", balanceBeforeFen, 0, MAX_FEN);
        Ascii.requireRange("balanceAfterFen", balanceAfterFen, 0, MAX_FEN);
        Ascii.requireNonNull("billReference", billReference);
        if (tac != null) {
            Ascii.requireUpperHex("tac", tac, 8);
        }
    }

    /** Whether balance after = balance before − amount (else the record is {@code R004}). */
    public boolean balanceArithmeticHolds() {
        return balanceBeforeFen - amountFen == balanceAfterFen;
    }

    /** The transaction's identity: the same transaction arriving again is a duplicate. */
    public TransactionKey transactionKey() {
        return new TransactionKey(cardNumber, cardCounter, psamId, terminalSequence);
    }

    /** This detail with {@code tac} in place of its TAC. */
    public ConsDetail withTac(String tac) {
        return new ConsDetail(type, cardNumber, uid, cardCounter, terminalId, psamId, terminalSequence, transactionTime,
                amountFen, balanceBeforeFen, balanceAfterFen, billReference, tac);
    }

    /**
     * What identifies a wallet transaction across files (interfaces.md §3.1).
     *
     * @param cardNumber       16 digits
     * @param cardCounter      card transaction counter after the transaction
     * @param psamId           12 upper-case hex
     * @param terminalSequence terminal transaction sequence
     */
    public record TransactionKey(String cardNumber, int cardCounter, String psamId, long terminalSequence) {
    }
}
