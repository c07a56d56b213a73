package cn.lianxin.onecard.processes.card;

import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;

/**
 * The {@code CardLossAndReplacement} process ({@code bpmn/card-loss-and-replacement.bpmn}): its
 * ids, variable names and the two calls the app makes into it — report a loss, and say a
 * replacement card has been issued.
 */
public final class CardLossAndReplacement {

    public static final String PROCESS_ID = "CardLossAndReplacement";

    public static final String START_LOSS_REPORTED = "StartEvent_LossReported";
    public static final String TASK_BLACKLIST_CARD = "Task_BlacklistCard";
    public static final String TIMER_COOLING_PERIOD = "Timer_CoolingPeriod";
    public static final String TASK_FIND_REPLACEMENT_CARD = "Task_FindReplacementCard";
    public static final String GATEWAY_REPLACEMENT_ISSUED = "Gateway_ReplacementIssued";
    public static final String GATEWAY_AWAIT_REPLACEMENT = "Gateway_AwaitReplacement";
    public static final String MESSAGE_EVENT_REPLACEMENT_ISSUED = "Message_ReplacementIssued";
    public static final String TIMER_RECHECK_REPLACEMENT = "Timer_RecheckReplacement";
    public static final String TASK_TRANSFER_BALANCE = "Task_TransferBalance";
    public static final String END_BALANCE_TRANSFERRED = "EndEvent_BalanceTransferred";

    /** Name of the message the app correlates when it issues the replacement card. */
    public static final String MESSAGE_REPLACEMENT_ISSUED = "ReplacementIssued";

    /** How often a process still waiting for a replacement asks the port again. */
    public static final String RECHECK_INTERVAL = "P1D";
    /** Blacklist reason code of interfaces.md §4. */
    public static final String BLACKLIST_REASON_REPORTED_LOST = "01";

    public static final String VAR_CARD_NUMBER = "cardNumber";
    public static final String VAR_COOLING_PERIOD = "coolingPeriod";
    public static final String VAR_REPLACEMENT_CARD_NUMBER = "replacementCardNumber";
    public static final String VAR_TRANSFERRED_FEN = "transferredFen";

    private final RuntimeService runtimeService;

    public CardLossAndReplacement(RuntimeService runtimeService) {
        this.runtimeService = runtimeService;
    }

    /**
     * Reports the card lost: starts the process (business key = card number), which blacklists the
     * card inside this call — if blacklisting fails, this call fails and nothing is recorded.
     * Refuses a second report while one is running for the card.
     */
    public ProcessInstance reportLoss(LossReport report) {
        long running = runtimeService.createProcessInstanceQuery()
                .processDefinitionKey(PROCESS_ID)
                .processInstanceBusinessKey(report.cardNumber())
                .count();
        if (running > 0) {
            throw new IllegalStateException("Card " + report.cardNumber() + " is already reported lost");
        }
        return runtimeService.startProcessInstanceByKey(PROCESS_ID, report.cardNumber(), Map.of(
                VAR_CARD_NUMBER, report.cardNumber(),
                VAR_COOLING_PERIOD, report.coolingPeriod()));
    }

    /**
     * A replacement card has been issued for a lost card. If the loss process is already past its
     * cooling period and waiting, it moves the balance now and this returns true. Otherwise it
     * returns false and nothing is lost: when the cooling period ends, the process asks
     * {@link CardLossPort#findReplacementCard} and finds this card there.
     */
    public boolean replacementIssued(String lostCardNumber, String replacementCardNumber) {
        CardIds.cardNumber("lostCardNumber", lostCardNumber);
        CardIds.cardNumber("replacementCardNumber", replacementCardNumber);
        if (lostCardNumber.equals(replacementCardNumber)) {
            throw new IllegalArgumentException("a card cannot replace itself: " + lostCardNumber);
        }
        return !runtimeService.createMessageCorrelation(MESSAGE_REPLACEMENT_ISSUED)
                .processInstanceBusinessKey(lostCardNumber)
                .setVariable(VAR_REPLACEMENT_CARD_NUMBER, replacementCardNumber)
                .correlateAllWithResult()
                .isEmpty();
    }
}
