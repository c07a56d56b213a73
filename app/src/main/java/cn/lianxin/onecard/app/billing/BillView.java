package cn.lianxin.onecard.app.billing;

import java.time.LocalDate;

/** A bill as staff and the community simulator read it. */
public record BillView(String householdId, String billingPeriod, String billKind, long amountFen, long paidFen,
                       LocalDate dueDate, String status) {
}
