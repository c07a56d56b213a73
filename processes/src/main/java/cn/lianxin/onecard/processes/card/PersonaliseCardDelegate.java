package cn.lianxin.onecard.processes.card;

import static cn.lianxin.onecard.processes.card.CardIssuance.*;

import cn.lianxin.onecard.processes.StepFailedException;
import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/**
 * {@code Task_PersonaliseCard} (asynchronous, retried): writes the card lying on the outlet reader.
 * A card that cannot be used is the business outcome {@code Error_CardRejected} (the process waits
 * for another card); a failed write is retried and finally becomes an incident that tells the
 * clerk to put the card back on the reader.
 */
public final class PersonaliseCardDelegate implements JavaDelegate {

    public static final String BEAN_NAME = "personaliseCardDelegate";

    private final CardIssuancePort port;

    public PersonaliseCardDelegate(CardIssuancePort port) {
        this.port = port;
    }

    /** The incident text's first part; the reason follows after a colon. */
    public static String whatToDo(String readerId) {
        return "Put the card back on outlet reader " + readerId + " and retry this job in Cockpit";
    }

    @Override
    public void execute(DelegateExecution execution) {
        String applicationId = Vars.string(execution, VAR_APPLICATION_ID);
        long cardholderId = Vars.number(execution, VAR_CARDHOLDER_ID);
        String cardTypeCode = Vars.string(execution, VAR_CARD_TYPE_CODE);
        String cardUid = Vars.string(execution, VAR_CARD_UID);
        String readerId = Vars.string(execution, VAR_READER_ID);

        Personalisation result = StepFailedException.attempt(whatToDo(readerId),
                () -> port.personaliseCard(applicationId, cardholderId, cardTypeCode, cardUid, readerId));

        if (!result.isPersonalised()) {
            throw new BpmnError(ERROR_CODE_CARD_REJECTED, "Card " + cardUid + " cannot be used, put another card on reader "
                    + readerId + ": " + result.refusalReason());
        }
        execution.setVariable(VAR_CARD_NUMBER, result.cardNumber());
        execution.removeVariable(VAR_CARD_REJECTION_REASON);
    }
}
