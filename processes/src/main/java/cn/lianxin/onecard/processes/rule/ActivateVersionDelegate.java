package cn.lianxin.onecard.processes.rule;

import static cn.lianxin.onecard.processes.rule.RuleChange.*;

import cn.lianxin.onecard.processes.StepFailedException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** {@code Task_ActivateVersion} (asynchronous, retried): the effective date has come, the version becomes active. */
public final class ActivateVersionDelegate implements JavaDelegate {

    public static final String BEAN_NAME = "activateRuleVersionDelegate";

    private final RuleChangePort port;

    public ActivateVersionDelegate(RuleChangePort port) {
        this.port = port;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String versionId = Vars.string(execution, VAR_VERSION_ID);
        String ruleSet = Vars.string(execution, VAR_RULE_SET);

        StepFailedException.attempt("Activating version " + versionId + " of rule set " + ruleSet
                        + " failed, the previous version stays active; retry this job in Cockpit once the cause is fixed",
                () -> port.activate(versionId));
    }
}
