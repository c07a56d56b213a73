package cn.lianxin.onecard.app.ruleset;

/** Where a rule-set version stands; see V6__rule_set_versions.sql. */
public enum RuleVersionStatus {
    /** Uploaded and checked, not submitted: the analyst reads the report and the what-if. */
    DRAFT,
    /** Submitted; the process is checking it again. */
    SUBMITTED,
    /** Passed the check; a rule approver other than the submitter decides. */
    AWAITING_APPROVAL,
    /** Failed the check in the process; nobody was asked to approve it. */
    REFUSED,
    /** The approver rejected it. */
    REJECTED,
    /** Approved; becomes active at its effective date. */
    APPROVED,
    /** The version evaluations use now. */
    ACTIVE,
    /** Was active; a later version replaced it. Kept: a rollback can repeat it. */
    RETIRED
}
