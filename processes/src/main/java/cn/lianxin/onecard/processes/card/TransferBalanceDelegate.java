package cn.lianxin.onecard.processes.card;

import static cn.lianxin.onecard.processes.card.CardLossAndReplacement.*;

import cn.lianxin.onecard.processes.StepFailedException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/**
 * {@code Task_TransferBalance} (asynchronous, retried): moves the lost card's shadow balance to the
 * replacement card and writes {@code transferredFen}.
 */
public final class TransferBalanceDelegate implements JavaDelegate {

    public static final String BEAN_NAME = "transferBalanceDelegate";

    private final CardLossPort port;

    public TransferBalanceDelegate(CardLossPort port) {
        this.port = port;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String lostCardNumber = Vars.string(execution, VAR_CARD_NUMBER);
        String replacementCardNumber = Vars.string(execution, VAR_REPLACEMENT_CARD_NUMBER);
        BalanceTransfer transfer = StepFailedException.attempt("Moving the balance of lost card " + lostCardNumber
                        + " to card " + replacementCardNumber + " failed; retry this job in Cockpit once the cause is fixed",
                () -> port.transferBalance(lostCardNumber, replacementCardNumber));
        execution.setVariable(VAR_TRANSFERRED_FEN, transfer.amountFen());
    }
}
