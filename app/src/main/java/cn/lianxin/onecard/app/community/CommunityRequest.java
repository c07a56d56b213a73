package cn.lianxin.onecard.app.community;

import static cn.lianxin.onecard.app.archive.Identifiers.EIGHT_DIGITS;
import static cn.lianxin.onecard.app.archive.Identifiers.EIGHT_DIGITS_MESSAGE;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Create or change a community. The id cannot change once created. */
public record CommunityRequest(
        @NotNull @Pattern(regexp = EIGHT_DIGITS, message = EIGHT_DIGITS_MESSAGE) String communityId,
        @NotNull @Pattern(regexp = EIGHT_DIGITS, message = EIGHT_DIGITS_MESSAGE) String centreId,
        @NotBlank @Size(max = 100) String name,
        @NotBlank @Size(max = 200) String address,
        @NotBlank @Size(max = 16) String propertyCompanyCode) {
}
