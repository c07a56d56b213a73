package cn.lianxin.onecard.processes.card;

import java.util.Map;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;

/**
 * The {@code CardIssuance} process ({@code bpmn/card-issuance.bpmn}): its ids, variable names and
 * the two calls the app makes into it — start an application, and tell it a card lies on the
 * outlet reader. Tests and the app use these constants, never string literals.
 */
public final class CardIssuance {

    public static final String PROCESS_ID = "CardIssuance";

    // elements, in the order a token meets them
    public static final String START_APPLICATION_RECEIVED = "StartEvent_ApplicationReceived";
    public static final String TASK_CHECK_APPLICATION = "Task_CheckApplication";
    public static final String GATEWAY_CHECKS_PASSED = "Gateway_ChecksPassed";
    public static final String TASK_REVIEW_APPLICATION = "Task_ReviewApplication";
    public static final String GATEWAY_APPROVED = "Gateway_Approved";
    public static final String MESSAGE_EVENT_CARD_PRESENTED = "Message_CardPresented";
    public static final String TASK_PERSONALISE_CARD = "Task_PersonaliseCard";
    public static final String ERROR_EVENT_CARD_REJECTED = "Error_CardRejected";
    public static final String TASK_COMMUNITY_SIGN_OFF = "Task_CommunitySignOff";
    public static final String GATEWAY_SIGNED_OFF = "Gateway_SignedOff";
    public static final String TASK_ACTIVATE_CARD = "Task_ActivateCard";
    public static final String END_CARD_ACTIVE = "EndEvent_CardActive";
    public static final String TASK_RECORD_REJECTION = "Task_RecordRejection";
    public static final String END_APPLICATION_REJECTED = "EndEvent_ApplicationRejected";

    /** Name of the message the app correlates when the clerk puts the card on the outlet reader. */
    public static final String MESSAGE_CARD_PRESENTED = "CardPresented";
    /** Error code the personalise step throws when the card on the reader cannot be used. */
    public static final String ERROR_CODE_CARD_REJECTED = "CARD_REJECTED";

    /** Forms (Camunda Forms ids, {@code bpmn/*.form}). */
    public static final String FORM_REVIEW_APPLICATION = "Form_ReviewApplication";
    public static final String FORM_COMMUNITY_SIGN_OFF = "Form_CommunitySignOff";

    /** Candidate group of the review: any outlet clerk. The sign-off goes to "community-" + communityId. */
    public static final String GROUP_OUTLET_CLERK = "outlet-clerk";

    // variables set at the start
    public static final String VAR_APPLICATION_ID = "applicationId";
    public static final String VAR_CARDHOLDER_ID = "cardholderId";
    public static final String VAR_HOUSEHOLD_ID = "householdId";
    public static final String VAR_COMMUNITY_ID = "communityId";
    public static final String VAR_OUTLET_ID = "outletId";
    public static final String VAR_CARD_TYPE_CODE = "cardTypeCode";
    // set by Task_CheckApplication
    public static final String VAR_CHECKS_PASSED = "checksPassed";
    public static final String VAR_APPLICATION_SUMMARY = "applicationSummary";
    // set by the review form
    public static final String VAR_REVIEW_DECISION = "reviewDecision";
    public static final String VAR_REVIEW_COMMENT = "reviewComment";
    public static final String DECISION_APPROVE = "approve";
    public static final String DECISION_REJECT = "reject";
    // set by the CardPresented message
    public static final String VAR_CARD_UID = "cardUid";
    public static final String VAR_READER_ID = "readerId";
    // set by Task_PersonaliseCard (or its error boundary)
    public static final String VAR_CARD_NUMBER = "cardNumber";
    public static final String VAR_CARD_REJECTION_REASON = "cardRejectionReason";
    // set by the sign-off form
    public static final String VAR_SIGN_OFF_DECISION = "signOffDecision";
    public static final String VAR_SIGN_OFF_COMMENT = "signOffComment";
    public static final String DECISION_SIGN = "sign";
    public static final String DECISION_REFUSE = "refuse";
    // set by Task_CheckApplication (rejected) and Task_RecordRejection
    public static final String VAR_REJECTION_STAGE = "rejectionStage";
    public static final String VAR_REJECTION_REASON = "rejectionReason";

    private final RuntimeService runtimeService;

    public CardIssuance(RuntimeService runtimeService) {
        this.runtimeService = runtimeService;
    }

    /**
     * Starts the process for an application, business key = application id. Refuses a second
     * running process for the same application.
     */
    public ProcessInstance start(CardApplication application) {
        long running = runtimeService.createProcessInstanceQuery()
                .processDefinitionKey(PROCESS_ID)
                .processInstanceBusinessKey(application.applicationId())
                .count();
        if (running > 0) {
            throw new IllegalStateException("Application " + application.applicationId()
                    + " is already being processed");
        }
        return runtimeService.startProcessInstanceByKey(PROCESS_ID, application.applicationId(), Map.of(
                VAR_APPLICATION_ID, application.applicationId(),
                VAR_CARDHOLDER_ID, application.cardholderId(),
                VAR_HOUSEHOLD_ID, application.householdId(),
                VAR_COMMUNITY_ID, application.communityId(),
                VAR_OUTLET_ID, application.outletId(),
                VAR_CARD_TYPE_CODE, application.cardTypeCode()));
    }

    /**
     * The clerk put a card on outlet reader {@code readerId} for this application: the process
     * continues with personalisation (asynchronously; this call returns at once).
     *
     * @throws IllegalArgumentException when the UID or reader id is malformed
     * @throws IllegalStateException    when the application is not waiting for a card
     */
    public void cardPresented(String applicationId, String cardUid, String readerId) {
        CardIds.textId("applicationId", applicationId);
        CardIds.cardUid("cardUid", cardUid);
        CardIds.eightDigits("readerId", readerId);
        try {
            runtimeService.createMessageCorrelation(MESSAGE_CARD_PRESENTED)
                    .processInstanceBusinessKey(applicationId)
                    .setVariable(VAR_CARD_UID, cardUid)
                    .setVariable(VAR_READER_ID, readerId)
                    .correlateWithResult();
        } catch (MismatchingMessageCorrelationException e) {
            throw new IllegalStateException("Application " + applicationId
                    + " is not waiting for a card (not approved yet, or already personalised)", e);
        }
    }
}
