package cn.lianxin.onecard.rules.propertyfee;

import java.util.Objects;

/**
 * One household to bill for a month.
 *
 * @param householdId  the household's id
 * @param areaCentiM2  the floor area in hundredths of a square metre ({@code 8935} = 89.35 m²), not negative
 * @param feeClass     what the rules look at
 */
public record Household(String householdId, long areaCentiM2, FeeClass feeClass) {

    public Household {
        Objects.requireNonNull(householdId, "householdId");
        Objects.requireNonNull(feeClass, "feeClass");
        if (areaCentiM2 < 0) {
            throw new IllegalArgumentException("household " + householdId + ": negative floor area " + areaCentiM2);
        }
    }
}
