package cn.lianxin.onecard.processes.card;

import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/**
 * Every delegate of the card processes under the bean name its BPMN expression uses
 * ({@code ${checkApplicationDelegate}} …). The app registers each entry as a Spring bean; the
 * process tests register the same map with fake ports, and the model lint test checks that every
 * delegate expression in the models names one of these.
 */
public final class CardProcessDelegates {

    private CardProcessDelegates() {
    }

    public static Map<String, JavaDelegate> create(CardIssuancePort issuance, CardLossPort loss) {
        Map<String, JavaDelegate> delegates = new LinkedHashMap<>();
        delegates.put(CheckApplicationDelegate.BEAN_NAME, new CheckApplicationDelegate(issuance));
        delegates.put(PersonaliseCardDelegate.BEAN_NAME, new PersonaliseCardDelegate(issuance));
        delegates.put(ActivateCardDelegate.BEAN_NAME, new ActivateCardDelegate(issuance));
        delegates.put(RecordRejectionDelegate.BEAN_NAME, new RecordRejectionDelegate(issuance));
        delegates.put(BlacklistCardDelegate.BEAN_NAME, new BlacklistCardDelegate(loss));
        delegates.put(FindReplacementCardDelegate.BEAN_NAME, new FindReplacementCardDelegate(loss));
        delegates.put(TransferBalanceDelegate.BEAN_NAME, new TransferBalanceDelegate(loss));
        return java.util.Collections.unmodifiableMap(delegates);
    }
}
