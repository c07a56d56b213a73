package cn.lianxin.onecard.rules.clearing;

import cn.lianxin.onecard.rules.engine.CompiledRuleSet;
import cn.lianxin.onecard.rules.engine.FactOutcome;
import cn.lianxin.onecard.rules.engine.RuleEvaluationException;
import cn.lianxin.onecard.rules.engine.RuleInfo;
import cn.lianxin.onecard.rules.engine.RuleSetCompilationException;
import cn.lianxin.onecard.rules.engine.RuleSetProblem;
import cn.lianxin.onecard.rules.engine.SingleDecision;
import java.util.ArrayList;
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
        if (!RULE_SET.equals(ruleSet.name())) {
            throw new IllegalArgumentException("not the clearing-share rule set: " + ruleSet.name());
        }
        List<RuleSetProblem> problems = new ArrayList<>();
        RuleInfo fallback = ruleSet.rules().stream().filter(r -> r.name().equals(FALLBACK_RULE)).findFirst()
                .orElse(null);
        if (fallback == null) {
            problems.add(contract("the fallback rule " + FALLBACK_RULE + " is missing"));
        } else if (fallback.salience() >= MIN_PRECEDENCE) {
            problems.add(contract("the fallback rule " + FALLBACK_RULE + " has precedence " + fallback.salience()
                    + "; it must be below " + MIN_PRECEDENCE));
        }
        for (RuleInfo rule : ruleSet.rules()) {
            Object reason = rule.metadata().get(ClearingShare.REASON);
            if (reason == null || reason.toString().isBlank()) {
                problems.add(contract("rule '" + rule.name() + "' gives no reason (the Reason column is empty)"));
            }
            if (rule == fallback) {
                continue;
            }
            if (rule.salience() < MIN_PRECEDENCE) {
                problems.add(contract("rule '" + rule.name() + "' has precedence " + rule.salience()
                        + "; every row needs a precedence of " + MIN_PRECEDENCE + " or more (an empty cell counts as 0)"));
            }
            try {
                ClearingShare.minimumFeeFen(rule.metadata(), rule.name());
            } catch (IllegalArgumentException e) {
                problems.add(contract(e.getMessage()));
            }
        }
        if (!problems.isEmpty()) {
            throw new RuleSetCompilationException(RULE_SET, problems);
        }
        this.ruleSet = ruleSet;
        this.decisions = new SingleDecision<>(ruleSet, ClearingShare.class, ClearingShare::query, ClearingShare::rule);
    }

    private static RuleSetProblem contract(String message) {
        return RuleSetProblem.of(RuleSetProblem.Kind.CONTRACT, RULE_SET, null, message);
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
