package cn.lianxin.onecard.processes.rule;

/**
 * Completing {@code Task_ApproveRuleChange} was refused: the approver is the submitter, or nobody
 * is named. The task stays open for another rule approver. The app answers it as 403 / 409 with
 * this message.
 */
public class ApprovalRefusedException extends RuntimeException {

    public ApprovalRefusedException(String message) {
        super(message);
    }
}
