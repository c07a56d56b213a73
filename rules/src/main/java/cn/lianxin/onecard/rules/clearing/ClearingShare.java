package cn.lianxin.onecard.rules.clearing;

import java.util.Map;
import java.util.Objects;

/**
 * The split of one {@link ClearingQuery}, decided by exactly one rule.
 *
 * <p>The split (all {@code long}, one rounding):
 * <pre>
 *   service fee = round_half_up(cleared × rate bp / 10000)
 *   service fee = max(service fee, minimum fee), but never more than the cleared total
 *   payout      = cleared − service fee
 * </pre>
 * So {@code serviceFeeFen + payoutFen == clearedFen} always: the fraction of a fen rounded away
 * from the card company's share stays with the payee (rounded up, the payee gives it).
 *
 * @param status        {@link Status#DECIDED} or {@link Status#NO_SHARE_RULE} (nothing split; the caller
 *                      must not pay out)
 * @param minimumApplied the minimum fee (or the cap at the cleared total) decided the service fee
 */
public record ClearingShare(ClearingQuery query, Status status, long rateBp, long serviceFeeFen, long payoutFen,
                            boolean minimumApplied, String rule, String reason) {

    public enum Status {
        DECIDED,
        /** No rule covers this payee's industry, company or contract: nothing is split. */
        NO_SHARE_RULE
    }

    /** Metadata of a row: the minimum service fee per clearing, in fen (the table's Minimum fee column). */
    public static final String MINIMUM_FEE_FEN = "minimumFeeFen";
    public static final String REASON = "reason";

    private static final long WHOLE_BP = 10_000;

    public ClearingShare {
        Objects.requireNonNull(query, "query");
        Objects.requireNonNull(status, "status");
        if (rule == null || rule.isBlank()) {
            throw new IllegalArgumentException("rule must be named");
        }
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("rule '" + rule + "' gives no reason");
        }
        if (serviceFeeFen < 0 || payoutFen < 0) {
            throw new IllegalArgumentException("rule '" + rule + "' gives a negative share");
        }
        if (status == Status.DECIDED && serviceFeeFen + payoutFen != query.clearedFen()) {
            throw new IllegalArgumentException("rule '" + rule + "': the split does not sum to the cleared total");
        }
    }

    /** The action of every row: the rate from the row's Rate column, the minimum from its metadata. */
    public static ClearingShare decided(ClearingQuery q, long rateBp, String rule, Map<String, Object> metadata) {
        if (rateBp < 0 || rateBp > WHOLE_BP) {
            throw new IllegalArgumentException("rule '" + rule + "': rate must be 0 to 10000 basis points, was " + rateBp);
        }
        long minimum = minimumFeeFen(metadata, rule);
        long cleared = q.clearedFen();
        long byRate;
        try {
            byRate = (Math.addExact(Math.multiplyExact(cleared, rateBp), WHOLE_BP / 2)) / WHOLE_BP;
        } catch (ArithmeticException overflow) {
            byRate = cleared / WHOLE_BP * rateBp + ((cleared % WHOLE_BP) * rateBp + WHOLE_BP / 2) / WHOLE_BP;
        }
        long fee = Math.min(Math.max(byRate, minimum), cleared);
        Object reason = metadata.get(REASON);
        return new ClearingShare(q, Status.DECIDED, rateBp, fee, cleared - fee, fee != byRate, rule,
                reason == null ? null : reason.toString());
    }

    /** The fallback answer. */
    public static ClearingShare noRule(ClearingQuery q, String rule) {
        return new ClearingShare(q, Status.NO_SHARE_RULE, 0, 0, 0, false, rule, "no share rule for industry "
                + q.industryCode() + ", company " + q.propertyCompanyId() + ", contract " + q.contractId());
    }

    static long minimumFeeFen(Map<String, Object> metadata, String rule) {
        Object value = metadata.get(MINIMUM_FEE_FEN);
        if (value == null || value.toString().isBlank()) {
            throw new IllegalArgumentException("rule '" + rule + "' has no minimum fee (write 0 for none)");
        }
        try {
            long n = Long.parseLong(value.toString().trim());
            if (n < 0) {
                throw new NumberFormatException();
            }
            return n;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("rule '" + rule + "': the minimum fee must be whole fen, 0 or more, was "
                    + value);
        }
    }

    public boolean decided() {
        return status == Status.DECIDED;
    }
}
