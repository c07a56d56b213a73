package cn.lianxin.onecard.rules.propertyfee;

import java.util.Objects;

/**
 * What the property-fee rules look at: everything about a household except its floor area. The
 * rules decide a unit price, discounts and a minimum charge per fee class; the area is applied by
 * the one fee formula in {@link PropertyFees}. Because the rules cannot see the area, households of
 * the same fee class always get the same rules, and the monthly run evaluates the rules once per
 * distinct fee class, not once per household.
 *
 * @param communityCode  the community (小区) code, e.g. {@code 32030101}
 * @param buildingType   the building type
 * @param holderCategory the card holder's category
 * @param vacant         the home is registered as vacant (空置) for the month
 */
public record FeeClass(String communityCode, BuildingType buildingType, HolderCategory holderCategory,
                       boolean vacant) {

    public FeeClass {
        Objects.requireNonNull(communityCode, "communityCode");
        Objects.requireNonNull(buildingType, "buildingType");
        Objects.requireNonNull(holderCategory, "holderCategory");
        if (communityCode.isBlank()) {
            throw new IllegalArgumentException("communityCode must not be blank");
        }
    }
}
