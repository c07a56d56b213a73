package cn.lianxin.onecard.app.household;

import static cn.lianxin.onecard.app.archive.Identifiers.EIGHT_DIGITS;
import static cn.lianxin.onecard.app.archive.Identifiers.EIGHT_DIGITS_MESSAGE;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Create or change a building; its community cannot change once created. */
public record BuildingRequest(
        @NotNull @Pattern(regexp = EIGHT_DIGITS, message = EIGHT_DIGITS_MESSAGE) String communityId,
        @NotNull @Pattern(regexp = "[0-9A-Z]{1,8}", message = "must be 1 to 8 digits or upper-case letters") String buildingNo,
        @NotBlank @Size(max = 64) String name,
        @NotNull BuildingType buildingType,
        @Min(1) @Max(200) int floors) {
}
