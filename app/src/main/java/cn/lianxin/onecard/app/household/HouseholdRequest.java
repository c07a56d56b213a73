package cn.lianxin.onecard.app.household;

import static cn.lianxin.onecard.app.archive.Identifiers.HOUSEHOLD_ID;
import static cn.lianxin.onecard.app.archive.Identifiers.HOUSEHOLD_ID_MESSAGE;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.math.BigDecimal;

/**
 * Create or change a household. The floor area is square metres with at most two decimals
 * ({@code 89.50}); the household's community is its building's.
 */
public record HouseholdRequest(
        @NotNull @Pattern(regexp = HOUSEHOLD_ID, message = HOUSEHOLD_ID_MESSAGE) String householdId,
        @NotNull Long buildingId,
        @NotNull @Pattern(regexp = "[0-9A-Z]{1,4}", message = "must be 1 to 4 digits or upper-case letters") String unitNo,
        @NotNull @Pattern(regexp = "[0-9A-Z]{1,8}", message = "must be 1 to 8 digits or upper-case letters") String roomNo,
        @NotNull @DecimalMin(value = "0.01", message = "must be at least 0.01 m²")
        @DecimalMax(value = "999999.99", message = "must be at most 999999.99 m²")
        @Digits(integer = 6, fraction = 2, message = "must have at most two decimals") BigDecimal floorArea,
        @NotNull HouseholdType householdType,
        @NotNull Occupancy occupancy) {
}
