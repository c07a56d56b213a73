package cn.lianxin.onecard.app.card;

import static cn.lianxin.onecard.app.archive.Identifiers.CARD_UID;
import static cn.lianxin.onecard.app.archive.Identifiers.CARD_UID_MESSAGE;
import static cn.lianxin.onecard.app.archive.Identifiers.EIGHT_DIGITS;
import static cn.lianxin.onecard.app.archive.Identifiers.EIGHT_DIGITS_MESSAGE;
import static cn.lianxin.onecard.app.archive.Identifiers.HOUSEHOLD_ID;
import static cn.lianxin.onecard.app.archive.Identifiers.HOUSEHOLD_ID_MESSAGE;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;

/** The bodies of the card operations. */
final class CardRequests {

    private CardRequests() {
    }

    /** Recharge {@code amountFen} onto the card lying on reader {@code readerId}. */
    record Recharge(@Positive(message = "must be a positive number of fen") long amountFen,
                    @NotNull @Pattern(regexp = EIGHT_DIGITS, message = EIGHT_DIGITS_MESSAGE) String readerId) {
    }

    /** Sign the card on reader {@code readerId} off for a household. */
    record SignOff(@NotNull @Pattern(regexp = HOUSEHOLD_ID, message = HOUSEHOLD_ID_MESSAGE) String householdId,
                   @NotNull @Pattern(regexp = EIGHT_DIGITS, message = EIGHT_DIGITS_MESSAGE) String readerId) {
    }

    /** An operation on the card lying on reader {@code readerId}. */
    record OnReader(@NotNull @Pattern(regexp = EIGHT_DIGITS, message = EIGHT_DIGITS_MESSAGE) String readerId) {
    }

    /** Where an operation without a card on a reader happens (an outlet or terminal id). */
    record Place(@NotNull @Pattern(regexp = EIGHT_DIGITS, message = EIGHT_DIGITS_MESSAGE) String place) {
    }

    /** Put the virtual card with this UID on a simulated reader. */
    record VirtualCard(@NotNull @Pattern(regexp = CARD_UID, message = CARD_UID_MESSAGE) String uid) {
    }
}
