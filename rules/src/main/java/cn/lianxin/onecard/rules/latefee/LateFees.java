package cn.lianxin.onecard.rules.latefee;

import cn.lianxin.onecard.rules.engine.CompiledRuleSet;
import cn.lianxin.onecard.rules.engine.FactOutcome;
import cn.lianxin.onecard.rules.engine.RuleEvaluationException;
import cn.lianxin.onecard.rules.engine.RuleInfo;
import cn.lianxin.onecard.rules.engine.RuleSetCompilationException;
import cn.lianxin.onecard.rules.engine.RuleSetProblem;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

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
    }

    private static RuleSetProblem contract(String message) {
        return RuleSetProblem.of(RuleSetProblem.Kind.CONTRACT, RULE_SET, null, message);
    }

    public CompiledRuleSet ruleSet() {
        return ruleSet;
    }

    /**
     * Evaluates all queries in one session call; one outcome per query, in input order.
     *
     * @throws RuleEvaluationException if a query was not decided by exactly one rule
     */
    public List<FactOutcome<LateFeeQuery, LateFee>> evaluate(List<LateFeeQuery> queries) {
        List<FactOutcome<LateFeeQuery, LateFee>> outcomes = ruleSet.evaluate(queries, LateFee.class, LateFee::query);
        for (FactOutcome<LateFeeQuery, LateFee> o : outcomes) {
            if (o.results().size() != 1 || !o.firedRules().equals(List.of(o.results().get(0).rule()))) {
                throw new RuleEvaluationException(RULE_SET, null, "query " + o.fact()
                        + " must be decided by exactly one rule, but the rules " + o.firedRules()
                        + " fired and gave " + o.results(), null);
            }
        }
        return outcomes;
    }

    /** Queries two rules of the same, highest precedence both match (see CardFees.precedenceConflicts). */
    public List<String> precedenceConflicts(List<LateFeeQuery> sample) {
        Map<LateFeeQuery, List<RuleInfo>> matching = new IdentityHashMap<>();
        for (RuleInfo rule : ruleSet.rules()) {
            for (FactOutcome<LateFeeQuery, LateFee> o
                    : ruleSet.evaluate(sample, LateFee.class, LateFee::query, rule.name()::equals)) {
                if (!o.firedRules().isEmpty()) {
                    matching.computeIfAbsent(o.fact(), q -> new ArrayList<>()).add(rule);
                }
            }
        }
        List<String> conflicts = new ArrayList<>();
        for (LateFeeQuery query : sample) {
            List<RuleInfo> rules = matching.getOrDefault(query, List.of());
            int top = rules.stream().mapToInt(RuleInfo::salience).max().orElse(Integer.MIN_VALUE);
            List<String> tied = rules.stream().filter(r -> r.salience() == top).map(RuleInfo::name).toList();
            if (tied.size() > 1) {
                conflicts.add(query + " is matched by " + tied + ", all with precedence " + top);
            }
        }
        return conflicts;
    }

    public List<LateFee> fees(List<LateFeeQuery> queries) {
        return evaluate(queries).stream().map(FactOutcome::single).toList();
    }

    public LateFee fee(LateFeeQuery query) {
        return fees(List.of(query)).get(0);
    }
}
