package cn.lianxin.onecard.processes.rule;

import static cn.lianxin.onecard.processes.rule.RuleChange.*;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;

/**
 * Complete listener of {@code Task_ApproveRuleChange}: four eyes, enforced by the engine. The
 * approver is the authenticated user completing the task (Tasklist and the REST API set it), or the
 * task's assignee when the caller is not authenticated. Completing is refused — the exception rolls
 * the completion back and the task stays open — when that user is the submitter or nobody at all.
 * Otherwise writes {@code approvedBy}, the actor of the audit entry.
 */
public final class ApproverIsNotSubmitterListener implements TaskListener {

    public static final String BEAN_NAME = "approverIsNotSubmitterListener";

    @Override
    public void notify(DelegateTask task) {
        String versionId = Vars.string(task, VAR_VERSION_ID);
        String submittedBy = Vars.string(task, VAR_SUBMITTED_BY);
        Authentication authentication = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        String approver = authentication != null && authentication.getUserId() != null
                ? authentication.getUserId()
                : task.getAssignee();
        if (approver == null || approver.isBlank()) {
            throw new ApprovalRefusedException("请先认领任务 Claim the task before deciding: the approval of rule-set version "
                    + versionId + " must name who approved it");
        }
        if (approver.equals(submittedBy)) {
            throw new ApprovalRefusedException("提交人不能审批自己的规则变更 " + approver
                    + " submitted rule-set version " + versionId + " and may not approve it; another rule approver must decide");
        }
        task.getExecution().setVariable(VAR_APPROVED_BY, approver);
    }
}
