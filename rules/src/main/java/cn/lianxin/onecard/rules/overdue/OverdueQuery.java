package cn.lianxin.onecard.rules.overdue;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * A snapshot of one account for the overdue ladder (as in Kill Bill: build the facts, evaluate pure
 * rules, apply side effects elsewhere). {@code today} is part of the fact, never the system clock:
 * the same snapshot always gets the same rung.
 *
 * @param accountId            the account (household or card holder)
 * @param oldestUnpaidDueDate  the due date of the oldest unpaid bill
 * @param today                the business day of the check
 * @param amountOwedFen        everything owed, in fen; 0 or less means nothing is owed
 * @param hardship             a hardship case (困难户) is on record
 * @param disputed             a bill of the account is disputed
 * @param staffDecision        a staff exemption with reason and end date, or {@code null}
 */
public record OverdueQuery(String accountId, LocalDate oldestUnpaidDueDate, LocalDate today, long amountOwedFen,
                           boolean hardship, boolean disputed, StaffDecision staffDecision) {

    public OverdueQuery {
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(oldestUnpaidDueDate, "oldestUnpaidDueDate");
        Objects.requireNonNull(today, "today");
    }

    /** Whole days from the oldest unpaid due date to today; 0 on or before it. */
    public long daysOverdue() {
        return Math.max(0, ChronoUnit.DAYS.between(oldestUnpaidDueDate, today));
    }

    /** A staff decision exists and {@code today} is not after its end date. */
    public boolean staffExemptionActive() {
        return staffDecision != null && !today.isAfter(staffDecision.until());
    }
}
