package cn.lianxin.onecard.processes.card;

import static cn.lianxin.onecard.processes.card.CardLossAndReplacement.*;

import cn.lianxin.onecard.processes.StepFailedException;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/**
 * {@code Task_FindReplacementCard} (asynchronous, retried): after the cooling period (and at each
 * recheck) asks the port for the replacement card and writes {@code replacementCardNumber} —
 * null when none has been issued yet, which sends the process to wait for one.
 */
public final class FindReplacementCardDelegate implements JavaDelegate {

    public static final String BEAN_NAME = "findReplacementCardDelegate";

    private final CardLossPort port;

    public FindReplacementCardDelegate(CardLossPort port) {
        this.port = port;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String lostCardNumber = Vars.string(execution, VAR_CARD_NUMBER);
        Optional<String> replacement = StepFailedException.attempt("Looking up the replacement of lost card "
                        + lostCardNumber + " failed; retry this job in Cockpit once the cause is fixed",
                () -> port.findReplacementCard(lostCardNumber)
                        .map(number -> CardIds.cardNumber("replacement card number", number)));
        execution.setVariable(VAR_REPLACEMENT_CARD_NUMBER, replacement.orElse(null));
    }
}
