package cn.lianxin.onecard.rules.latefee;

import cn.lianxin.onecard.rules.engine.CompiledRuleSet;
import cn.lianxin.onecard.rules.engine.FactOutcome;
import cn.lianxin.onecard.rules.engine.RuleEvaluationException;
import cn.lianxin.onecard.rules.engine.RuleSetCompilationException;
import cn.lianxin.onecard.rules.engine.SingleDecision;
import java.util.List;

/**
 * The late-fee rule set, typed: {@link LateFeeQuery} in, exactly one {@link LateFee} out per query.
 * Built like the card-fee rule set: one row decides (and retires the query), precedence is the
 * table's Precedence column, the fallback {@value #FALLBACK_RULE} answers kinds no row covers.
 */
public final class LateFees {

    public static final String RULE_SET = "late-fees";
    public static final String FALLBACK_RULE = "no-late-fee-rule";
    public static final int MIN_PRECEDENCE = 1;

    private final CompiledRuleSet ruleSet;
    private final SingleDecision<LateFeeQuery, LateFee> decisions;

    /** @throws RuleSetCompilationException if the rule set breaks what this class relies on */
    public LateFees(CompiledRuleSet ruleSet) {
        SingleDecision.verifyContract(ruleSet, RULE_SET, FALLBACK_RULE, MIN_PRECEDENCE, LateFee.REASON, (rule, problem) -> {
            for (String key : List.of(LateFee.GRACE_DAYS, LateFee.CAP_BP)) {
                try {
                    long value = LateFee.whole(rule.metadata(), key, rule.name());
                    if (key.equals(LateFee.CAP_BP) && value > 10_000) {
                        problem.accept("rule '" + rule.name() + "' caps above the principal: " + value + " bp");
                    }
                } catch (IllegalArgumentException e) {
                    problem.accept(e.getMessage());
                }
            }
        });
        this.ruleSet = ruleSet;
        this.decisions = new SingleDecision<>(ruleSet, LateFee.class, LateFee::query, LateFee::rule);
    }


    public CompiledRuleSet ruleSet() {
        return ruleSet;
    }

    /**
     * Evaluates all queries in one session call; one outcome per query, in input order, each with
     * its one result and the one rule that fired.
     *
     * @throws RuleEvaluationException if a query was not decided by exactly one rule
     */
    public List<FactOutcome<LateFeeQuery, LateFee>> evaluate(List<LateFeeQuery> queries) {
        return decisions.evaluate(queries);
    }

    /** Queries two rules of the same, highest precedence both match (see {@link SingleDecision#precedenceConflicts}). */
    public List<String> precedenceConflicts(List<LateFeeQuery> sample) {
        return decisions.precedenceConflicts(sample);
    }

    public List<LateFee> fees(List<LateFeeQuery> queries) {
        return decisions.decide(queries);
    }

    public LateFee fee(LateFeeQuery query) {
        return fees(List.of(query)).get(0);
    }
}
