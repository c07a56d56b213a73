package cn.lianxin.onecard.integration.format;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * The bill a CONS detail pays: household id (12 digits) ‖ billing period ({@code yyyyMM}), or
 * {@link #NONE} (all 18 characters {@code 0}) when the transaction is not a bill payment.
 *
 * @param householdId   12 digits
 * @param billingPeriod {@code yyyyMM}, a real month; both all zeros for {@link #NONE}
 */
public record BillReference(String householdId, String billingPeriod) {

    /** Not a bill payment. */
    public static final BillReference NONE = new BillReference("000000000000", "000000");

    /** Checks the components: both all zeros, or a 12-digit household and a valid month. */
    public BillReference {
        Ascii.requireDigits("householdId", householdId, 12);
        Ascii.requireDigits("billingPeriod", billingPeriod, 6);
        boolean none = "000000000000".equals(householdId) && "000000".equals(billingPeriod);
        if (!none && parsePeriod(billingPeriod) == null) {
            throw new IllegalArgumentException("billingPeriod must be a month yyyyMM, was '" + billingPeriod + "'");
        }
    }

    /** A reference to the bill of {@code householdId} for {@code period}. */
    public static BillReference of(String householdId, YearMonth period) {
        Ascii.requireNonNull("period", period);
        return new BillReference(householdId, Ascii.YEAR_MONTH.format(period));
    }

    /** Whether this is {@link #NONE}. */
    public boolean isNone() {
        return NONE.equals(this);
    }

    /** The billing period, empty for {@link #NONE}. */
    public Optional<YearMonth> period() {
        return isNone() ? Optional.empty() : Optional.of(parsePeriod(billingPeriod));
    }

    /** The 18 characters as written in the file. */
    public String text() {
        return householdId + billingPeriod;
    }

    static YearMonth parsePeriod(String text) {
        // by hand (once per detail line): six digits, month 01..12
        if (text == null || text.length() != 6 || !text.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return null;
        }
        int month = Integer.parseInt(text, 4, 6, 10);
        return month >= 1 && month <= 12 ? YearMonth.of(Integer.parseInt(text, 0, 4, 10), month) : null;
    }
}
