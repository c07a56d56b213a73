package cn.lianxin.onecard.rules.latefee;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * One question to the late-fee (滞纳金) rule set: what late fee does this unpaid bill carry on {@code today}?
 * {@code today} is part of the fact, never the system clock.
 *
 * @param billId       the bill's id
 * @param billKind     {@code PROPERTY}, {@code WATER}, {@code HEATING}, …: the table's rows name the kinds
 * @param principalFen the unpaid principal in fen, not negative
 * @param dueDate      the last day to pay without being late
 * @param today        the business day the late fee is computed for
 * @param disputed     the holder disputes the bill: no late fee while the dispute is open
 */
public record LateFeeQuery(String billId, String billKind, long principalFen, LocalDate dueDate, LocalDate today,
                           boolean disputed) {

    public LateFeeQuery {
        Objects.requireNonNull(billId, "billId");
        Objects.requireNonNull(billKind, "billKind");
        Objects.requireNonNull(dueDate, "dueDate");
        Objects.requireNonNull(today, "today");
        if (billKind.isBlank()) {
            throw new IllegalArgumentException("billKind must not be blank");
        }
        if (principalFen < 0) {
            throw new IllegalArgumentException("bill " + billId + ": negative principal " + principalFen);
        }
    }

    /** Whole days from the due date to today; 0 on or before the due date. Due 31 Oct, today 1 Nov: 1. */
    public long daysPastDue() {
        return Math.max(0, ChronoUnit.DAYS.between(dueDate, today));
    }
}
