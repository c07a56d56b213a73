package cn.lianxin.onecard.integration.simulator;

import cn.lianxin.onecard.integration.format.TransactionType;
import java.time.YearMonth;

/** An open bill of a household: what the simulated household pays at the terminal. */
public record SimulatedBill(String householdId, YearMonth period, TransactionType kind, long outstandingFen) {
}
