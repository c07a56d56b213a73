package cn.lianxin.onecard.rules.propertyfee;

import java.util.Objects;

/**
 * One number a property-fee rule decided for a {@link FeeClass}; each table of the decision table
 * inserts one kind. At most one term of each kind may answer a fee class (and exactly one unit price).
 *
 * @param feeClass the fee class answered (the instance that was evaluated)
 * @param kind     what the value is
 * @param value    {@link Kind#UNIT_PRICE}: fen per 100 m²; the discounts: basis points (1/10000) off,
 *                 0–10000; {@link Kind#MINIMUM_CHARGE}: fen
 * @param rule     the rule that decided it
 * @param reason   why, in words
 */
public record PropertyFeeTerm(FeeClass feeClass, Kind kind, long value, String rule, String reason) {

    /** The kinds of term, in the order the fee formula applies them. */
    public enum Kind {
        UNIT_PRICE, HOLDER_DISCOUNT, VACANCY_DISCOUNT, MINIMUM_CHARGE
    }

    /** Basis points in a whole: a discount of 10000 takes everything off. */
    public static final long WHOLE_BP = 10_000;

    public PropertyFeeTerm {
        Objects.requireNonNull(feeClass, "feeClass");
        Objects.requireNonNull(kind, "kind");
        if (rule == null || rule.isBlank()) {
            throw new IllegalArgumentException("rule must be named");
        }
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("rule '" + rule + "' gives no reason");
        }
        if (value < 0) {
            throw new IllegalArgumentException("rule '" + rule + "' gives a negative " + kind + ": " + value);
        }
        if ((kind == Kind.HOLDER_DISCOUNT || kind == Kind.VACANCY_DISCOUNT) && value > WHOLE_BP) {
            throw new IllegalArgumentException("rule '" + rule + "' gives a discount over 10000 basis points: " + value);
        }
    }

    /** Action of the table "Unit prices". */
    public static PropertyFeeTerm unitPrice(FeeClass c, long fenPer100M2, String rule, Object reason) {
        return new PropertyFeeTerm(c, Kind.UNIT_PRICE, fenPer100M2, rule, text(reason));
    }

    /** Action of the table "Holder discounts". */
    public static PropertyFeeTerm holderDiscount(FeeClass c, long basisPoints, String rule, Object reason) {
        return new PropertyFeeTerm(c, Kind.HOLDER_DISCOUNT, basisPoints, rule, text(reason));
    }

    /** Action of the table "Vacancy discount". */
    public static PropertyFeeTerm vacancyDiscount(FeeClass c, long basisPoints, String rule, Object reason) {
        return new PropertyFeeTerm(c, Kind.VACANCY_DISCOUNT, basisPoints, rule, text(reason));
    }

    /** Action of the table "Minimum charge". */
    public static PropertyFeeTerm minimumCharge(FeeClass c, long fen, String rule, Object reason) {
        return new PropertyFeeTerm(c, Kind.MINIMUM_CHARGE, fen, rule, text(reason));
    }

    private static String text(Object reason) {
        return reason == null ? null : reason.toString();
    }
}
