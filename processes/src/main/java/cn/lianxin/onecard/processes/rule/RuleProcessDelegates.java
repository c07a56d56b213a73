package cn.lianxin.onecard.processes.rule;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;

/**
 * Every delegate and listener of the {@code RuleChange} process under the bean name its BPMN
 * expression uses ({@code ${validateRuleVersionDelegate}} …). The app registers each entry as a
 * Spring bean; the process tests register the same maps with a fake port, and the model lint test
 * checks that every expression in the models names one of these.
 */
public final class RuleProcessDelegates {

    private RuleProcessDelegates() {
    }

    public static Map<String, JavaDelegate> create(RuleChangePort port) {
        Map<String, JavaDelegate> delegates = new LinkedHashMap<>();
        delegates.put(ValidateVersionDelegate.BEAN_NAME, new ValidateVersionDelegate(port));
        delegates.put(ActivateVersionDelegate.BEAN_NAME, new ActivateVersionDelegate(port));
        delegates.put(RecordOutcomeDelegate.BEAN_NAME, new RecordOutcomeDelegate(port));
        return Collections.unmodifiableMap(delegates);
    }

    public static Map<String, TaskListener> listeners() {
        return Map.of(ApproverIsNotSubmitterListener.BEAN_NAME, new ApproverIsNotSubmitterListener());
    }
}
