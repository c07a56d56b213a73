package cn.lianxin.onecard.rules.latefee;

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
        if (!RULE_SET.equals(ruleSet.name())) {
            throw new IllegalArgumentException("not the late-fee rule set: " + ruleSet.name());
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
            Object reason = rule.metadata().get(LateFee.REASON);
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
            for (String key : List.of(LateFee.GRACE_DAYS, LateFee.CAP_BP)) {
                try {
                    long value = LateFee.whole(rule.metadata(), key, rule.name());
                    if (key.equals(LateFee.CAP_BP) && value > 10_000) {
                        problems.add(contract("rule '" + rule.name() + "' caps above the principal: " + value + " bp"));
                    }
                } catch (IllegalArgumentException e) {
                    problems.add(contract(e.getMessage()));
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new RuleSetCompilationException(RULE_SET, problems);
        }
        this.ruleSet = ruleSet;
        this.decisions = new SingleDecision<>(ruleSet, LateFee.class, LateFee::query, LateFee::rule);
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
