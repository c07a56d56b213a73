package cn.lianxin.onecard.integration.format;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * One {@code BID1} line of a bill file: what one household owes for one period and kind.
 *
 * @param householdId 12 digits
 * @param period      the billing period
 * @param kind        what the bill is for — the same codes as a CONS detail's type
 *                    ({@code 01} property, {@code 02} parking, {@code 03} other service)
 * @param amountFen   the bill's amount, 1..9999999999 fen
 * @param paidFen     paid so far, 0..amount
 * @param dueDate     when it falls due
 */
public record BillLine(String householdId, YearMonth period, TransactionType kind, long amountFen, long paidFen,
        LocalDate dueDate) {

    /** Checks the components. */
    public BillLine {
        Ascii.requireDigits("householdId", householdId, 12);
        Ascii.requireNonNull("period", period);
        Ascii.requireNonNull("kind", kind);
        Ascii.requireRange("amountFen", amountFen, 1, Ascii.maxOfWidth(10));
        Ascii.requireRange("paidFen", paidFen, 0, amountFen);
        Ascii.requireNonNull("dueDate", dueDate);
    }

    /** What is still owed: amount − paid. */
    public long outstandingFen() {
        return amountFen - paidFen;
    }

    /** The reference a CONS detail paying this bill carries (household ‖ period). */
    public BillReference reference() {
        return BillReference.of(householdId, period);
    }
}
