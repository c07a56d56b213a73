package cn.lianxin.onecard.app.cardholder;

import static cn.lianxin.onecard.app.archive.Identifiers.HOUSEHOLD_ID;
import static cn.lianxin.onecard.app.archive.Identifiers.HOUSEHOLD_ID_MESSAGE;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * Register or change a cardholder. The certificate number is required when registering and
 * optional on a change (absent: the stored one stays); it is never stored or returned in clear.
 */
public record CardholderRequest(
        @NotBlank @Size(max = 64) String name,
        @NotNull HolderCategory holderCategory,
        @NotNull CertificateType certificateType,
        @Size(max = 32) String certificateNumber,
        @Size(max = 32) @Pattern(regexp = "[0-9+\\- ]*", message = "may hold only digits, '+', '-' and spaces") String phone,
        @Pattern(regexp = HOUSEHOLD_ID, message = HOUSEHOLD_ID_MESSAGE) String householdId) {

    @Override
    public String toString() {
        return "CardholderRequest[name=" + name + ", holderCategory=" + holderCategory + ", householdId=" + householdId + "]";
    }
}
