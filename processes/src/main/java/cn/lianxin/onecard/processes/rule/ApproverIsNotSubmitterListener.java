package cn.lianxin.onecard.processes.rule;

import static cn.lianxin.onecard.processes.rule.RuleChange.*;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;

/**
 * Complete listener of {@code Task_ApproveRuleChange}: four eyes, enforced by the engine. The
 * approver is the authenticated user completing the task (Tasklist and the REST API set it), or the
 * task's assignee when the caller is not authenticated. Completing is refused — the exception rolls
 * the completion back and the task stays open — when that user is the submitter, nobody at all,
 * or not a member of {@code rule-approver}: only rule approvers decide a rule change, whatever
 * other groups they are in (a Camunda administrator may complete any task, but not this decision).
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
        if (!isRuleApprover(task, authentication, approver)) {
            throw new ApprovalRefusedException("只有规则审批员可以审批规则变更 " + approver + " is not a rule approver ("
                    + GROUP_RULE_APPROVER + ") and may not decide rule-set version " + versionId
                    + "; a member of " + GROUP_RULE_APPROVER + " must decide");
        }
        task.getExecution().setVariable(VAR_APPROVED_BY, approver);
    }

    /**
     * The authenticated caller's groups as the engine knows them (the REST API and Tasklist set
     * them at login); for an unauthenticated completion, the assignee's memberships.
     */
    private static boolean isRuleApprover(DelegateTask task, Authentication authentication, String approver) {
        if (authentication != null && approver.equals(authentication.getUserId()) && authentication.getGroupIds() != null) {
            return authentication.getGroupIds().contains(GROUP_RULE_APPROVER);
        }
        return task.getProcessEngineServices().getIdentityService().createGroupQuery()
                .groupMember(approver).groupId(GROUP_RULE_APPROVER).count() > 0;
    }
}
