package cn.lianxin.onecard.processes.card;

import static cn.lianxin.onecard.processes.card.CardLossAndReplacement.*;

import cn.lianxin.onecard.processes.StepFailedException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/**
 * {@code Task_BlacklistCard}: synchronous, in the transaction of the loss report, so a loss is
 * either recorded with its blacklist entry or not at all (the clerk sees the error and reports
 * again).
 */
public final class BlacklistCardDelegate implements JavaDelegate {

    public static final String BEAN_NAME = "blacklistCardDelegate";

    private final CardLossPort port;

    public BlacklistCardDelegate(CardLossPort port) {
        this.port = port;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String cardNumber = Vars.string(execution, VAR_CARD_NUMBER);
        StepFailedException.attempt("Card " + cardNumber
                        + " could not be blacklisted, so the loss is not recorded; report the loss again",
                () -> port.blacklistCard(cardNumber, BLACKLIST_REASON_REPORTED_LOST));
    }
}
