package cn.lianxin.onecard.processes.card;

import static cn.lianxin.onecard.processes.card.CardIssuance.*;

import cn.lianxin.onecard.processes.StepFailedException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/**
 * {@code Task_RecordRejection} (asynchronous, retried): the three ways an application can be
 * turned down meet here. Works out which one it was from the decisions taken, writes
 * {@code rejectionStage} and {@code rejectionReason}, and tells the port.
 */
public final class RecordRejectionDelegate implements JavaDelegate {

    public static final String BEAN_NAME = "recordRejectionDelegate";
    static final String NO_REASON_GIVEN = "未填写理由 no reason given";

    private final CardIssuancePort port;

    public RecordRejectionDelegate(CardIssuancePort port) {
        this.port = port;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String applicationId = Vars.string(execution, VAR_APPLICATION_ID);
        RejectionStage stage;
        String reason;
        if (Boolean.FALSE.equals(execution.getVariable(VAR_CHECKS_PASSED))) {
            stage = RejectionStage.CHECKS;
            reason = Vars.optionalString(execution, VAR_REJECTION_REASON);
        } else if (DECISION_REJECT.equals(execution.getVariable(VAR_REVIEW_DECISION))) {
            stage = RejectionStage.REVIEW;
            reason = Vars.optionalString(execution, VAR_REVIEW_COMMENT);
        } else if (DECISION_REFUSE.equals(execution.getVariable(VAR_SIGN_OFF_DECISION))) {
            stage = RejectionStage.SIGN_OFF;
            reason = Vars.optionalString(execution, VAR_SIGN_OFF_COMMENT);
        } else {
            throw new IllegalStateException("Application " + applicationId
                    + " reached Task_RecordRejection although no step rejected it; look at its history in Cockpit");
        }
        String why = reason == null ? NO_REASON_GIVEN : reason;
        execution.setVariable(VAR_REJECTION_STAGE, stage.name());
        execution.setVariable(VAR_REJECTION_REASON, why);

        StepFailedException.attempt("Recording the rejection of application " + applicationId
                        + " failed; retry this job in Cockpit once the cause is fixed",
                () -> port.recordRejection(applicationId, stage, why));
    }
}
