package cn.lianxin.onecard.app.card;

import static cn.lianxin.onecard.app.archive.Identifiers.EIGHT_DIGITS;
import static cn.lianxin.onecard.app.archive.Identifiers.EIGHT_DIGITS_MESSAGE;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * Issue the factory-fresh card on an outlet reader to a registered cardholder. The holder proves
 * their identity with their certificate number, which is checked against the stored digest.
 */
public record IssueCommand(
        @NotNull Long cardholderId,
        @NotBlank @Size(max = 32) String certificateNumber,
        @NotNull @Pattern(regexp = "[0-9A-Z]{2,8}", message = "must be 2 to 8 digits or upper-case letters") String cardTypeCode,
        @NotNull @Pattern(regexp = EIGHT_DIGITS, message = EIGHT_DIGITS_MESSAGE) String readerId) {

    @Override
    public String toString() {
        return "IssueCommand[cardholderId=" + cardholderId + ", cardTypeCode=" + cardTypeCode + ", readerId=" + readerId + "]";
    }
}
