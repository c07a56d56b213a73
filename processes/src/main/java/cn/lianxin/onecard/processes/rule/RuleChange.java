package cn.lianxin.onecard.processes.rule;

import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;

/**
 * The {@code RuleChange} process ({@code bpmn/rule-change.bpmn}): its ids, variable names and the
 * call the app makes into it — submit a rule-set version. Tests and the app use these constants,
 * never string literals.
 */
public final class RuleChange {

    public static final String PROCESS_ID = "RuleChange";

    // elements, in the order a token meets them
    public static final String START_CHANGE_SUBMITTED = "StartEvent_ChangeSubmitted";
    public static final String TASK_VALIDATE_VERSION = "Task_ValidateVersion";
    public static final String GATEWAY_VALIDATION_PASSED = "Gateway_ValidationPassed";
    public static final String TASK_APPROVE_RULE_CHANGE = "Task_ApproveRuleChange";
    public static final String GATEWAY_APPROVED = "Gateway_Approved";
    public static final String TIMER_EFFECTIVE_DATE = "Timer_EffectiveDate";
    public static final String TASK_ACTIVATE_VERSION = "Task_ActivateVersion";
    public static final String TASK_RECORD_ACTIVATION = "Task_RecordActivation";
    public static final String END_VERSION_ACTIVE = "EndEvent_VersionActive";
    public static final String TASK_RECORD_REJECTION = "Task_RecordRejection";
    public static final String END_CHANGE_REJECTED = "EndEvent_ChangeRejected";
    public static final String TASK_RECORD_REFUSAL = "Task_RecordRefusal";
    public static final String END_CHANGE_REFUSED = "EndEvent_ChangeRefused";

    /** Camunda Forms id of the approval form ({@code bpmn/approve-rule-change.form}). */
    public static final String FORM_APPROVE_RULE_CHANGE = "Form_ApproveRuleChange";

    /** Who submits (the app checks it before {@link #submit}) and who approves. */
    public static final String GROUP_RULE_ANALYST = "rule-analyst";
    public static final String GROUP_RULE_APPROVER = "rule-approver";

    // variables set at the start
    public static final String VAR_RULE_SET = "ruleSet";
    public static final String VAR_VERSION_ID = "versionId";
    public static final String VAR_SUBMITTED_BY = "submittedBy";
    public static final String VAR_EFFECTIVE_DATE = "effectiveDate";
    public static final String VAR_REASON = "reason";
    // set by Task_ValidateVersion
    public static final String VAR_VALIDATION_PASSED = "validationPassed";
    public static final String VAR_VALIDATION_SUMMARY = "validationSummary";
    public static final String VAR_VALIDATION_REPORT = "validationReport";
    // set by the approval form
    public static final String VAR_APPROVAL_DECISION = "approvalDecision";
    public static final String VAR_APPROVAL_COMMENT = "approvalComment";
    public static final String DECISION_APPROVE = "approve";
    public static final String DECISION_REJECT = "reject";
    // set by the complete listener of Task_ApproveRuleChange
    public static final String VAR_APPROVED_BY = "approvedBy";
    // set by the Task_Record… steps
    public static final String VAR_OUTCOME = "outcome";

    private final RuntimeService runtimeService;

    public RuleChange(RuntimeService runtimeService) {
        this.runtimeService = runtimeService;
    }

    /**
     * Starts the process for a submitted version, business key = version id. Refuses a second
     * running process for the same version. Returns at once: validation runs as a job.
     */
    public ProcessInstance submit(RuleChangeSubmission submission) {
        long running = runtimeService.createProcessInstanceQuery()
                .processDefinitionKey(PROCESS_ID)
                .processInstanceBusinessKey(submission.versionId())
                .count();
        if (running > 0) {
            throw new IllegalStateException("Rule-set version " + submission.versionId()
                    + " is already submitted and waiting");
        }
        return runtimeService.startProcessInstanceByKey(PROCESS_ID, submission.versionId(), Map.of(
                VAR_RULE_SET, submission.ruleSet(),
                VAR_VERSION_ID, submission.versionId(),
                VAR_SUBMITTED_BY, submission.submittedBy(),
                VAR_EFFECTIVE_DATE, submission.effectiveDateIso(),
                VAR_REASON, submission.reason()));
    }
}
