package cn.lianxin.onecard.rules.latefee;

import java.util.Map;
import java.util.Objects;

/**
 * The late-fee rule set's answer to one {@link LateFeeQuery}, inserted by exactly one rule.
 *
 * <p>The formula (one rounding, half up, at the end):
 * <pre>
 *   chargeable days = max(0, days past due − grace days)
 *   fee = round_half_up( min(principal × rate bp/day × chargeable days, principal × cap bp) / 10000 )
 * </pre>
 *
 * @param query           the query answered
 * @param status          {@link Status#DECIDED}, or {@link Status#NO_LATE_FEE_RULE} (0 fen that means nothing)
 * @param feeFen          the late fee in fen, never negative
 * @param chargeableDays  days charged (after the grace period)
 * @param capped          the cap limited the fee
 * @param rule            the rule that decided
 * @param reason          why
 */
public record LateFee(LateFeeQuery query, Status status, long feeFen, long chargeableDays, boolean capped,
                      String rule, String reason) {

    public enum Status {
        DECIDED,
        /** No rule covers the bill's kind; the caller must not treat this as "no late fee". */
        NO_LATE_FEE_RULE
    }

    /** Metadata of a row: grace days after the due date (the table's Grace days column). */
    public static final String GRACE_DAYS = "graceDays";
    /** Metadata of a row: the cap in basis points of the principal (the table's Cap column). */
    public static final String CAP_BP = "capBp";
    public static final String REASON = "reason";

    private static final long WHOLE_BP = 10_000;

    public LateFee {
        Objects.requireNonNull(query, "query");
        Objects.requireNonNull(status, "status");
        if (rule == null || rule.isBlank()) {
            throw new IllegalArgumentException("rule must be named");
        }
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("rule '" + rule + "' gives no reason");
        }
        if (feeFen < 0) {
            throw new IllegalArgumentException("rule '" + rule + "' gives a negative late fee: " + feeFen);
        }
    }

    /**
     * The action of every row of the table: the daily rate comes from the row's Rate column, the
     * grace days and the cap from its metadata.
     */
    public static LateFee daily(LateFeeQuery q, long rateBpPerDay, String rule, Map<String, Object> metadata) {
        long graceDays = whole(metadata, GRACE_DAYS, rule);
        long capBp = whole(metadata, CAP_BP, rule);
        if (rateBpPerDay < 0) {
            throw new IllegalArgumentException("rule '" + rule + "' gives a negative daily rate: " + rateBpPerDay);
        }
        if (capBp > WHOLE_BP) {
            throw new IllegalArgumentException("rule '" + rule + "' caps above the principal: " + capBp + " bp");
        }
        long days = Math.max(0, q.daysPastDue() - graceDays);
        long cap = Math.multiplyExact(q.principalFen(), capBp);
        long accrued;
        try {
            accrued = Math.multiplyExact(Math.multiplyExact(q.principalFen(), rateBpPerDay), days);
        } catch (ArithmeticException overflow) {
            accrued = Long.MAX_VALUE; // far above any cap
        }
        boolean capped = accrued > cap;
        long fee = (Math.min(accrued, cap) + WHOLE_BP / 2) / WHOLE_BP;
        Object reason = metadata.get(REASON);
        return new LateFee(q, Status.DECIDED, fee, days, capped, rule, reason == null ? null : reason.toString());
    }

    /** The fallback answer when no rule covers the bill's kind. */
    public static LateFee noRule(LateFeeQuery q, String rule) {
        return new LateFee(q, Status.NO_LATE_FEE_RULE, 0, 0, false, rule, "no late-fee rule for bills of kind "
                + q.billKind());
    }

    static long whole(Map<String, Object> metadata, String key, String rule) {
        Object value = metadata.get(key);
        if (value == null || value.toString().isBlank()) {
            throw new IllegalArgumentException("rule '" + rule + "' has no " + key);
        }
        try {
            long n = Long.parseLong(value.toString().trim());
            if (n < 0) {
                throw new NumberFormatException();
            }
            return n;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("rule '" + rule + "': " + key + " must be a whole number of 0 or more, was "
                    + value);
        }
    }

    public boolean decided() {
        return status == Status.DECIDED;
    }
}
