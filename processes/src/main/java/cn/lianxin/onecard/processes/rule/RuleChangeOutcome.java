package cn.lianxin.onecard.processes.rule;

/** How a {@code RuleChange} ended; the value of variable {@code outcome} and of the audit entry. */
public enum RuleChangeOutcome {
    /** Validation refused the version (does not compile, breaks a scenario, …); nobody was asked to approve. */
    REFUSED,
    /** The approver rejected the change. */
    REJECTED,
    /** Approved and activated at its effective date. */
    ACTIVATED
}
