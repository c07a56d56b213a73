package cn.lianxin.onecard.app.party;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Create or change a resource party. The code cannot change once created. */
public record ResourcePartyRequest(
        @NotNull @Pattern(regexp = "[A-Z0-9][A-Z0-9-]{1,15}", message = "must be 2 to 16 upper-case letters, digits or '-'")
        String partyCode,
        @NotBlank @Size(max = 100) String name,
        @NotNull Industry industry,
        @Size(max = 64) String contactPerson,
        @Size(max = 32) @Pattern(regexp = "[0-9+\\- ]*", message = "may hold only digits, '+', '-' and spaces") String contactPhone) {
}
