package cn.lianxin.onecard.rules.overdue;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A staff member's decision to exempt an account from the overdue ladder: always with a reason and
 * an end date (inclusive); there is no open-ended exemption.
 */
public record StaffDecision(String reason, LocalDate until) {

    public StaffDecision {
        Objects.requireNonNull(until, "a staff decision needs an end date");
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("a staff decision needs a reason");
        }
    }
}
