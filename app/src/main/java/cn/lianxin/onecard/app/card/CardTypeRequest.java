package cn.lianxin.onecard.app.card;

import cn.lianxin.onecard.app.cardholder.HolderCategory;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.util.Set;

/** Create or change a card type; the deposit is whole fen. The code cannot change once created. */
public record CardTypeRequest(
        @NotNull @Pattern(regexp = "[0-9A-Z]{2,8}", message = "must be 2 to 8 digits or upper-case letters") String cardTypeCode,
        @NotBlank @Size(max = 64) String name,
        @PositiveOrZero(message = "must be whole fen, zero or more") long depositFen,
        @Min(1) @Max(600) int validityMonths,
        @NotEmpty(message = "must name at least one holder category") Set<HolderCategory> holderCategories) {
}
