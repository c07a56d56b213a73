package cn.lianxin.onecard.processes.card;

import static cn.lianxin.onecard.processes.card.CardIssuance.*;

import cn.lianxin.onecard.processes.StepFailedException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/**
 * {@code Task_CheckApplication}: asks the port whether holder, household and duplicates allow
 * the application, and writes {@code checksPassed}, {@code applicationSummary} and, when
 * rejected, {@code rejectionStage}/{@code rejectionReason}. Gateway_ChecksPassed reads them.
 */
public final class CheckApplicationDelegate implements JavaDelegate {

    public static final String BEAN_NAME = "checkApplicationDelegate";

    private final CardIssuancePort port;

    public CheckApplicationDelegate(CardIssuancePort port) {
        this.port = port;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String applicationId = Vars.string(execution, VAR_APPLICATION_ID);
        long cardholderId = Vars.number(execution, VAR_CARDHOLDER_ID);
        String householdId = Vars.string(execution, VAR_HOUSEHOLD_ID);
        String communityId = Vars.string(execution, VAR_COMMUNITY_ID);
        String cardTypeCode = Vars.string(execution, VAR_CARD_TYPE_CODE);

        ApplicationCheck check = StepFailedException.attempt(
                "The automated checks of application " + applicationId
                        + " could not run; retry this job in Cockpit once the cause is fixed",
                () -> port.checkApplication(applicationId, cardholderId, householdId, communityId, cardTypeCode));

        execution.setVariable(VAR_CHECKS_PASSED, check.passed());
        execution.setVariable(VAR_APPLICATION_SUMMARY, check.summary());
        if (!check.passed()) {
            execution.setVariable(VAR_REJECTION_STAGE, RejectionStage.CHECKS.name());
            execution.setVariable(VAR_REJECTION_REASON, check.reason());
        }
    }
}
