package cn.lianxin.onecard.rules.propertyfee;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What the rules decided for one {@link FeeClass}, and the one fee formula that turns it and a floor
 * area into a fee.
 *
 * <p><b>The formula</b> (all integers, no floating point):
 * <pre>
 *   exact  = area (1/100 m²) × unit price (fen per 100 m²) × (10000 − holder discount bp) × (10000 − vacancy discount bp)
 *            / (100 × 100 × 10000 × 10000)
 *   fee    = exact rounded half up to whole fen   (the one rounding, done once, at the end)
 *   fee    = max(fee, minimum charge)             (when a minimum-charge rule matched)
 * </pre>
 * A missing discount is 0 bp. Discounts multiply: a senior's vacant home pays 80% × 70% = 56%.
 *
 * @param firedRules the rules that fired on the fee class (from the engine's tracking)
 */
public record PropertyTariff(FeeClass feeClass, PropertyFeeTerm unitPrice, PropertyFeeTerm holderDiscount,
                             PropertyFeeTerm vacancyDiscount, PropertyFeeTerm minimumCharge,
                             List<String> firedRules) {

    private static final long DENOMINATOR = 100L * 100L * PropertyFeeTerm.WHOLE_BP * PropertyFeeTerm.WHOLE_BP;
    private static final BigInteger BIG_DENOMINATOR = BigInteger.valueOf(DENOMINATOR);

    public PropertyTariff {
        Objects.requireNonNull(feeClass, "feeClass");
        firedRules = List.copyOf(firedRules);
    }

    /** The fee of a household of this fee class. */
    public PropertyFee fee(Household household) {
        if (unitPrice == null) {
            return new PropertyFee(household, PropertyFee.Status.NO_UNIT_PRICE, 0, List.of());
        }
        long holderBp = holderDiscount == null ? 0 : holderDiscount.value();
        long vacancyBp = vacancyDiscount == null ? 0 : vacancyDiscount.value();
        long fee = roundedFeeFen(household.areaCentiM2(), unitPrice.value(), holderBp, vacancyBp);
        List<String> applied = new ArrayList<>(4);
        applied.add(unitPrice.rule());
        if (holderDiscount != null) {
            applied.add(holderDiscount.rule());
        }
        if (vacancyDiscount != null) {
            applied.add(vacancyDiscount.rule());
        }
        if (minimumCharge != null && fee < minimumCharge.value()) {
            fee = minimumCharge.value();
            applied.add(minimumCharge.rule());
        }
        return new PropertyFee(household, PropertyFee.Status.DECIDED, fee, applied);
    }

    /** The formula before the minimum charge: exact product, one rounding half up to whole fen. */
    static long roundedFeeFen(long areaCentiM2, long fenPer100M2, long holderBp, long vacancyBp) {
        long w = PropertyFeeTerm.WHOLE_BP;
        try {
            long numerator = Math.multiplyExact(Math.multiplyExact(Math.multiplyExact(areaCentiM2, fenPer100M2),
                    w - holderBp), w - vacancyBp);
            return Math.addExact(numerator, DENOMINATOR / 2) / DENOMINATOR;
        } catch (ArithmeticException overflow) {
            BigInteger numerator = BigInteger.valueOf(areaCentiM2).multiply(BigInteger.valueOf(fenPer100M2))
                    .multiply(BigInteger.valueOf(w - holderBp)).multiply(BigInteger.valueOf(w - vacancyBp));
            return numerator.add(BIG_DENOMINATOR.shiftRight(1)).divide(BIG_DENOMINATOR).longValueExact();
        }
    }
}
