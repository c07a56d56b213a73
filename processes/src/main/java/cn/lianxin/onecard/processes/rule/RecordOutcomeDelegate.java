package cn.lianxin.onecard.processes.rule;

import static cn.lianxin.onecard.processes.rule.RuleChange.*;

import cn.lianxin.onecard.processes.StepFailedException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/**
 * {@code Task_RecordRefusal}, {@code Task_RecordRejection} and {@code Task_RecordActivation}: the
 * three ends of a change write their audit entry here. Works out the outcome from the decisions
 * taken — validation failed → REFUSED (actor: the submitter, note: the validation report);
 * approver rejected → REJECTED; approved → ACTIVATED (actor: the approver, note: the approver's
 * comment) — writes {@code outcome} and tells the port.
 */
public final class RecordOutcomeDelegate implements JavaDelegate {

    public static final String BEAN_NAME = "recordRuleChangeOutcomeDelegate";
    static final String NO_COMMENT_GIVEN = "未填写说明 no comment given";

    private final RuleChangePort port;

    public RecordOutcomeDelegate(RuleChangePort port) {
        this.port = port;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String versionId = Vars.string(execution, VAR_VERSION_ID);
        RuleChangeOutcome outcome;
        String actor;
        String note;
        if (Boolean.FALSE.equals(execution.getVariable(VAR_VALIDATION_PASSED))) {
            outcome = RuleChangeOutcome.REFUSED;
            actor = Vars.string(execution, VAR_SUBMITTED_BY);
            note = Vars.string(execution, VAR_VALIDATION_REPORT);
        } else if (DECISION_REJECT.equals(execution.getVariable(VAR_APPROVAL_DECISION))) {
            outcome = RuleChangeOutcome.REJECTED;
            actor = Vars.string(execution, VAR_APPROVED_BY);
            note = commentOrDefault(execution);
        } else if (DECISION_APPROVE.equals(execution.getVariable(VAR_APPROVAL_DECISION))) {
            outcome = RuleChangeOutcome.ACTIVATED;
            actor = Vars.string(execution, VAR_APPROVED_BY);
            note = commentOrDefault(execution);
        } else {
            throw new IllegalStateException("Rule-set version " + versionId + " reached "
                    + execution.getCurrentActivityId()
                    + " although it was neither refused nor decided; look at its history in Cockpit");
        }
        execution.setVariable(VAR_OUTCOME, outcome.name());

        StepFailedException.attempt("Recording the audit entry (" + outcome + ") of rule-set version " + versionId
                        + " failed; retry this job in Cockpit once the cause is fixed",
                () -> port.recordOutcome(versionId, outcome, actor, note));
    }

    private static String commentOrDefault(DelegateExecution execution) {
        String comment = Vars.optionalString(execution, VAR_APPROVAL_COMMENT);
        return comment == null ? NO_COMMENT_GIVEN : comment;
    }
}
