package cn.lianxin.onecard.processes.card;

/** Where a card application was turned down; stored as the variable {@code rejectionStage}. */
public enum RejectionStage {
    /** the automated checks (holder, household, duplicates) */
    CHECKS,
    /** the outlet clerk in {@code Task_ReviewApplication} */
    REVIEW,
    /** the community's staff in {@code Task_CommunitySignOff}; a personalised card exists */
    SIGN_OFF
}
