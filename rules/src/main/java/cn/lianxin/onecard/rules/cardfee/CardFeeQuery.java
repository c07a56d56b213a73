package cn.lianxin.onecard.rules.cardfee;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * One question to the card-fee rule set: what does this operation on this card cost on {@code today}?
 *
 * <p>{@code today} is part of the fact, never read from the system clock: the same query always gets
 * the same answer. {@code damaged} matters only for {@link CardOperation#REPLACE} (a damaged card
 * as opposed to a lost one).
 *
 * @param cardTypeCode the card type's code as in the card-type archive ({@code 01} 普通卡, {@code 02}
 *                     学生卡, {@code 03} 敬老卡, {@code 04} 优惠卡); any other code is answered with
 *                     {@link CardFee.Status#NO_FEE_RULE}
 * @param operation    return or replacement
 * @param issuedOn     the day the card was issued
 * @param today        the business day the fee is for; not before {@code issuedOn}
 * @param damaged      the card is physically damaged (rather than lost)
 */
public record CardFeeQuery(String cardTypeCode, CardOperation operation, LocalDate issuedOn, LocalDate today,
                           boolean damaged) {

    public CardFeeQuery {
        Objects.requireNonNull(cardTypeCode, "cardTypeCode");
        Objects.requireNonNull(operation, "operation");
        Objects.requireNonNull(issuedOn, "issuedOn");
        Objects.requireNonNull(today, "today");
        if (cardTypeCode.isBlank()) {
            throw new IllegalArgumentException("cardTypeCode must not be blank");
        }
        if (issuedOn.isAfter(today)) {
            throw new IllegalArgumentException(
                    "card issued on " + issuedOn + " is after today (" + today + ")");
        }
    }

    /**
     * Whole months from {@code issuedOn} to {@code today} ({@link ChronoUnit#MONTHS}): a month has passed
     * when the day of the month is reached again. A card issued on 2025-03-15 is 11 months old on
     * 2026-03-14 and 12 months old on 2026-03-15; one issued on 2024-02-29 is 11 months old on
     * 2025-02-28 and 12 months old on 2025-03-01. The decision table compares this number.
     */
    public long monthsSinceIssue() {
        return ChronoUnit.MONTHS.between(issuedOn, today);
    }
}
