package cn.lianxin.onecard.processes.card;

import static cn.lianxin.onecard.processes.card.CardIssuance.*;

import cn.lianxin.onecard.processes.StepFailedException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** {@code Task_ActivateCard} (asynchronous, retried): records the sign-off and activates the card. */
public final class ActivateCardDelegate implements JavaDelegate {

    public static final String BEAN_NAME = "activateCardDelegate";

    private final CardIssuancePort port;

    public ActivateCardDelegate(CardIssuancePort port) {
        this.port = port;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String applicationId = Vars.string(execution, VAR_APPLICATION_ID);
        String cardNumber = Vars.string(execution, VAR_CARD_NUMBER);
        String householdId = Vars.string(execution, VAR_HOUSEHOLD_ID);
        String communityId = Vars.string(execution, VAR_COMMUNITY_ID);

        StepFailedException.attempt("Activating card " + cardNumber + " for household " + householdId
                        + " in community " + communityId + " failed; retry this job in Cockpit once the cause is fixed",
                () -> port.activateCard(applicationId, cardNumber, householdId, communityId));
    }
}
