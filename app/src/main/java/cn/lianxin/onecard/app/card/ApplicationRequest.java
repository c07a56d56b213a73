package cn.lianxin.onecard.app.card;

import static cn.lianxin.onecard.app.archive.Identifiers.EIGHT_DIGITS;
import static cn.lianxin.onecard.app.archive.Identifiers.EIGHT_DIGITS_MESSAGE;
import static cn.lianxin.onecard.app.archive.Identifiers.HOUSEHOLD_ID;
import static cn.lianxin.onecard.app.archive.Identifiers.HOUSEHOLD_ID_MESSAGE;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A holder's application for a card at an outlet, for their household. */
public record ApplicationRequest(
        @NotNull Long cardholderId,
        @NotBlank @Size(max = 32) String certificateNumber,
        @NotNull @Pattern(regexp = HOUSEHOLD_ID, message = HOUSEHOLD_ID_MESSAGE) String householdId,
        @NotNull @Pattern(regexp = "[0-9A-Z]{2,8}", message = "must be 2 to 8 digits or upper-case letters") String cardTypeCode,
        @NotNull @Pattern(regexp = EIGHT_DIGITS, message = EIGHT_DIGITS_MESSAGE) String outletId) {

    @Override
    public String toString() {
        return "ApplicationRequest[cardholderId=" + cardholderId + ", householdId=" + householdId + ", cardTypeCode="
                + cardTypeCode + ", outletId=" + outletId + "]";
    }
}
