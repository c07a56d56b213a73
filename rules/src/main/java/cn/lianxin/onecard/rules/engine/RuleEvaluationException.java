package cn.lianxin.onecard.rules.engine;

/** Evaluating a rule set failed: a rule's action threw, or the rules did not come to rest. */
public class RuleEvaluationException extends RuntimeException {

    private final String ruleSet;
    private final String rule;

    public RuleEvaluationException(String ruleSet, String rule, String message, Throwable cause) {
        super("rule set " + ruleSet + (rule == null ? "" : ", rule '" + rule + "'") + ": " + message, cause);
        this.ruleSet = ruleSet;
        this.rule = rule;
    }

    public String ruleSet() {
        return ruleSet;
    }

    /** The rule whose action failed, or {@code null}. */
    public String rule() {
        return rule;
    }
}
