package cn.lianxin.onecard.rules.clearing;

import cn.lianxin.onecard.rules.engine.CompiledRuleSet;
import cn.lianxin.onecard.rules.engine.FactOutcome;
import cn.lianxin.onecard.rules.engine.RuleEvaluationException;
import cn.lianxin.onecard.rules.engine.RuleSetCompilationException;
import cn.lianxin.onecard.rules.engine.SingleDecision;
import java.util.List;

/**
 * The clearing-share rule set, typed: {@link ClearingQuery} in, exactly one {@link ClearingShare} out per query.
 * Built like the card-fee rule set: one row decides (and retires the query), precedence is the
 * table's Precedence column (the more specific the row, the higher: contract over property company
 * over industry tier), the fallback {@value #FALLBACK_RULE} answers payees no row covers.
 */
public final class ClearingShares {

    public static final String RULE_SET = "clearing-shares";
    public static final String FALLBACK_RULE = "no-share-rule";
    public static final int MIN_PRECEDENCE = 1;

    private final CompiledRuleSet ruleSet;
    private final SingleDecision<ClearingQuery, ClearingShare> decisions;

    /** @throws RuleSetCompilationException if the rule set breaks what this class relies on */
    public ClearingShares(CompiledRuleSet ruleSet) {
        SingleDecision.verifyContract(ruleSet, RULE_SET, FALLBACK_RULE, MIN_PRECEDENCE, ClearingShare.REASON, (rule, problem) -> {
            try {
                ClearingShare.minimumFeeFen(rule.metadata(), rule.name());
            } catch (IllegalArgumentException e) {
                problem.accept(e.getMessage());
            }
        });
        this.ruleSet = ruleSet;
        this.decisions = new SingleDecision<>(ruleSet, ClearingShare.class, ClearingShare::query, ClearingShare::rule);
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
    public List<FactOutcome<ClearingQuery, ClearingShare>> evaluate(List<ClearingQuery> queries) {
        return decisions.evaluate(queries);
    }

    /** Queries two rules of the same, highest precedence both match (see {@link SingleDecision#precedenceConflicts}). */
    public List<String> precedenceConflicts(List<ClearingQuery> sample) {
        return decisions.precedenceConflicts(sample);
    }

    public List<ClearingShare> fees(List<ClearingQuery> queries) {
        return decisions.decide(queries);
    }

    public ClearingShare fee(ClearingQuery query) {
        return fees(List.of(query)).get(0);
    }
}
