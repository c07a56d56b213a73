package cn.lianxin.onecard.processes.rule;

import java.util.ArrayList;
import java.util.List;

/** Records every call in words and answers as the test arranges. Public: the model lint test needs one. */
public final class FakeRuleChangePort implements RuleChangePort {

    static final String SUMMARY = "费用规则 12 条 · 场景 48/48 通过 12 rules, 48/48 scenarios passed";

    final List<String> calls = new ArrayList<>();
    ValidationReport validationResult = ValidationReport.passed(SUMMARY);
    RuntimeException validationFailure;
    int activationFailuresLeft;
    String activationFailureMessage;

    /** The next {@code times} activations fail with this message. */
    void failActivation(int times, String message) {
        activationFailuresLeft = times;
        activationFailureMessage = message;
    }

    @Override
    public ValidationReport validate(String versionId) {
        calls.add("validate " + versionId);
        if (validationFailure != null) {
            throw validationFailure;
        }
        return validationResult;
    }

    @Override
    public void activate(String versionId) {
        calls.add("activate " + versionId);
        if (activationFailuresLeft > 0) {
            activationFailuresLeft--;
            throw new IllegalStateException(activationFailureMessage);
        }
    }

    @Override
    public void recordOutcome(String versionId, RuleChangeOutcome outcome, String actor, String note) {
        calls.add("audit " + versionId + " " + outcome + " " + actor + " " + note);
    }
}
