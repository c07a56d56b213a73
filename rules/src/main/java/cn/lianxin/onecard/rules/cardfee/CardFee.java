package cn.lianxin.onecard.rules.cardfee;

import java.util.Objects;

/**
 * The card-fee rule set's answer to one {@link CardFeeQuery}: inserted by exactly one rule.
 *
 * @param query  the query answered (the same instance that was evaluated)
 * @param status {@link Status#DECIDED} when a fee rule applied (the fee may be 0 fen), or
 *               {@link Status#NO_FEE_RULE} when none did: then {@code feeFen} is 0 and means nothing
 * @param feeFen the fee in fen (1 yuan = 100 fen), never negative
 * @param rule   the name of the rule that decided, as written in the table's rule-name column
 * @param reason why, in words a clerk can read out
 */
public record CardFee(CardFeeQuery query, Status status, long feeFen, String rule, String reason) {

    /** Whether a fee rule applied. */
    public enum Status {
        /** A fee rule applied; {@code feeFen} is the fee, possibly 0. */
        DECIDED,
        /** No fee rule covers this card type and operation; the caller must not treat this as free. */
        NO_FEE_RULE
    }

    public CardFee {
        Objects.requireNonNull(query, "query");
        Objects.requireNonNull(status, "status");
        if (rule == null || rule.isBlank()) {
            throw new IllegalArgumentException("rule must be named");
        }
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("rule '" + rule + "' gives no reason");
        }
        if (feeFen < 0) {
            throw new IllegalArgumentException("rule '" + rule + "' gives a negative fee: " + feeFen + " fen");
        }
        if (status == Status.NO_FEE_RULE && feeFen != 0) {
            throw new IllegalArgumentException("rule '" + rule + "': NO_FEE_RULE carries no fee");
        }
    }

    /** A fee decided by a rule of the decision table; the action column of the table calls this. */
    public static CardFee decided(CardFeeQuery query, long feeFen, String rule, Object reason) {
        return new CardFee(query, Status.DECIDED, feeFen, rule, reason == null ? null : reason.toString());
    }

    /** The fallback answer when no fee rule covers the query's card type and operation. */
    public static CardFee noFeeRule(CardFeeQuery query, String rule) {
        return new CardFee(query, Status.NO_FEE_RULE, 0, rule,
                "no fee rule for card type " + query.cardTypeCode() + " and operation " + query.operation());
    }

    /** Whether a fee rule applied (the fee may still be 0 fen). */
    public boolean decided() {
        return status == Status.DECIDED;
    }
}
