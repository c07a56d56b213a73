package cn.lianxin.onecard.app.outlet;

import static cn.lianxin.onecard.app.archive.Identifiers.EIGHT_DIGITS;
import static cn.lianxin.onecard.app.archive.Identifiers.EIGHT_DIGITS_MESSAGE;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Create or change an outlet. The id cannot change once created. */
public record OutletRequest(
        @NotNull @Pattern(regexp = EIGHT_DIGITS, message = EIGHT_DIGITS_MESSAGE) String outletId,
        @NotBlank @Size(max = 100) String name,
        @NotBlank @Size(max = 200) String address) {
}
