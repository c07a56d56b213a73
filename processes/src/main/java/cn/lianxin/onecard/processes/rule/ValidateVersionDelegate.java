package cn.lianxin.onecard.processes.rule;

import static cn.lianxin.onecard.processes.rule.RuleChange.*;

import cn.lianxin.onecard.processes.StepFailedException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/**
 * {@code Task_ValidateVersion}: compiles the version and runs its scenarios through the port, and
 * writes {@code validationPassed}, {@code validationSummary} and, when it failed,
 * {@code validationReport}. Gateway_ValidationPassed reads them.
 */
public final class ValidateVersionDelegate implements JavaDelegate {

    public static final String BEAN_NAME = "validateRuleVersionDelegate";

    private final RuleChangePort port;

    public ValidateVersionDelegate(RuleChangePort port) {
        this.port = port;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String versionId = Vars.string(execution, VAR_VERSION_ID);

        ValidationReport report = StepFailedException.attempt(
                "Validating rule-set version " + versionId
                        + " could not run; retry this job in Cockpit once the cause is fixed",
                () -> port.validate(versionId));

        execution.setVariable(VAR_VALIDATION_PASSED, report.passed());
        execution.setVariable(VAR_VALIDATION_SUMMARY, report.summary());
        if (!report.passed()) {
            execution.setVariable(VAR_VALIDATION_REPORT, report.report());
        }
    }
}
