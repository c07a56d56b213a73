package cn.lianxin.onecard.rules.propertyfee;

import java.util.List;
import java.util.Objects;

/**
 * The monthly property fee of one household.
 *
 * @param household    the household billed (the instance passed in)
 * @param status       {@link Status#DECIDED}, or {@link Status#NO_UNIT_PRICE} when no rule gives a unit
 *                     price for its community and building type: then {@code feeFen} is 0 and means nothing
 * @param feeFen       the fee in whole fen, never negative
 * @param appliedRules the rules that made the fee, in the order of the formula: unit price, holder
 *                     discount, vacancy discount, and the minimum charge only when it raised the fee
 */
public record PropertyFee(Household household, Status status, long feeFen, List<String> appliedRules) {

    public enum Status {
        DECIDED,
        /** No unit price for the household's community and building type; the caller must not bill 0. */
        NO_UNIT_PRICE
    }

    public PropertyFee {
        Objects.requireNonNull(household, "household");
        Objects.requireNonNull(status, "status");
        appliedRules = List.copyOf(appliedRules);
        if (feeFen < 0) {
            throw new IllegalArgumentException("negative property fee for " + household.householdId() + ": " + feeFen);
        }
    }

    public boolean decided() {
        return status == Status.DECIDED;
    }
}
