package cn.lianxin.onecard.app.party;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** Create or change a contract of a resource party. The number cannot change once created. */
public record PartyContractRequest(
        @NotNull @Pattern(regexp = "[A-Z0-9][A-Z0-9-]{1,31}", message = "must be 2 to 32 upper-case letters, digits or '-'")
        String contractNo,
        @NotBlank @Size(max = 100) String title,
        @NotNull LocalDate validFrom,
        LocalDate validUntil,
        @NotNull @Pattern(regexp = "\\d{8,34}", message = "must be 8 to 34 digits") String settlementAccount,
        @NotBlank @Size(max = 100) String settlementBank) {

    @AssertTrue(message = "must not be before validFrom")
    public boolean isValidUntil() {
        return validUntil == null || validFrom == null || !validUntil.isBefore(validFrom);
    }
}
