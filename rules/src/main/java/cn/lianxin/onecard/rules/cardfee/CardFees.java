package cn.lianxin.onecard.rules.cardfee;

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
 * The card-fee rule set, typed: {@link CardFeeQuery} in, exactly one {@link CardFee} out per query.
 *
 * <p>Wraps one compiled version of the rule set (the shipped one, or later an analyst's). The
 * constructor checks what this class relies on: the fallback rule {@value #FALLBACK_RULE} exists
 * with a precedence below {@value #MIN_PRECEDENCE}, every other rule has a precedence of at least
 * {@value #MIN_PRECEDENCE}, and every rule gives a {@value #REASON}.
 * Evaluation checks that each query was decided by exactly one rule.
 */
public final class CardFees {

    public static final String RULE_SET = "card-fees";
    /** The rule that answers queries no row of the table matches (card-fees-fallback.drl). */
    public static final String FALLBACK_RULE = "no-fee-rule";
    /** The lowest precedence a rule other than the fallback may have; the fallback's is below it. */
    public static final int MIN_PRECEDENCE = 1;
    /** The rule metadata holding the reason shown to the clerk (the table's Reason column). */
    public static final String REASON = "reason";

    private final CompiledRuleSet ruleSet;

    /** @throws RuleSetCompilationException if the rule set breaks what this class relies on */
    public CardFees(CompiledRuleSet ruleSet) {
        if (!RULE_SET.equals(ruleSet.name())) {
            throw new IllegalArgumentException("not the card-fee rule set: " + ruleSet.name());
        }
        List<RuleSetProblem> problems = new ArrayList<>();
        RuleInfo fallback = ruleSet.rules().stream().filter(r -> r.name().equals(FALLBACK_RULE)).findFirst()
                .orElse(null);
        if (fallback == null) {
            problems.add(contract("the fallback rule " + FALLBACK_RULE + " is missing: a query no rule matches"
                    + " would get no answer"));
        } else if (fallback.salience() >= MIN_PRECEDENCE) {
            problems.add(contract("the fallback rule " + FALLBACK_RULE + " has precedence " + fallback.salience()
                    + "; it must be below " + MIN_PRECEDENCE + ", under every row"));
        }
        for (RuleInfo rule : ruleSet.rules()) {
            Object reason = rule.metadata().get(REASON);
            if (reason == null || reason.toString().isBlank()) {
                problems.add(contract("rule '" + rule.name() + "' gives no reason (the Reason column is empty)"));
            }
            if (rule != fallback && rule.salience() < MIN_PRECEDENCE) {
                problems.add(contract("rule '" + rule.name() + "' has precedence " + rule.salience()
                        + "; every row needs a precedence of " + MIN_PRECEDENCE + " or more (an empty cell counts"
                        + " as 0), above the fallback's"));
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
     * Evaluates all queries in one session call; one outcome per query, in input order, each with
     * its one fee and the one rule that fired.
     *
     * @throws RuleEvaluationException if a query was not decided by exactly one rule
     */
    public List<FactOutcome<CardFeeQuery, CardFee>> evaluate(List<CardFeeQuery> queries) {
        List<FactOutcome<CardFeeQuery, CardFee>> outcomes = ruleSet.evaluate(queries, CardFee.class, CardFee::query);
        for (FactOutcome<CardFeeQuery, CardFee> o : outcomes) {
            if (o.results().size() != 1 || !o.firedRules().equals(List.of(o.results().get(0).rule()))) {
                throw new RuleEvaluationException(RULE_SET, null, "query " + o.fact()
                        + " must be decided by exactly one rule, but the rules " + o.firedRules()
                        + " fired and gave " + o.results(), null);
            }
        }
        return outcomes;
    }

    /**
     * Finds queries that two rules of the same, highest precedence both match — where only the
     * order of the rows would decide, which this rule set never allows. Each rule is evaluated on
     * its own over the sample, so the result does not depend on which rule happens to fire first.
     *
     * @param sample queries covering the cases to check, e.g. every card type, operation, damage
     *               and card age around the table's thresholds
     * @return one line per conflicting query, empty when precedence is unambiguous
     */
    public List<String> precedenceConflicts(List<CardFeeQuery> sample) {
        Map<CardFeeQuery, List<RuleInfo>> matching = new IdentityHashMap<>();
        for (RuleInfo rule : ruleSet.rules()) {
            List<FactOutcome<CardFeeQuery, CardFee>> alone =
                    ruleSet.evaluate(sample, CardFee.class, CardFee::query, rule.name()::equals);
            for (FactOutcome<CardFeeQuery, CardFee> o : alone) {
                if (!o.firedRules().isEmpty()) {
                    matching.computeIfAbsent(o.fact(), q -> new ArrayList<>()).add(rule);
                }
            }
        }
        List<String> conflicts = new ArrayList<>();
        for (CardFeeQuery query : sample) {
            List<RuleInfo> rules = matching.getOrDefault(query, List.of());
            int top = rules.stream().mapToInt(RuleInfo::salience).max().orElse(Integer.MIN_VALUE);
            List<String> tied = rules.stream().filter(r -> r.salience() == top).map(RuleInfo::name).toList();
            if (tied.size() > 1) {
                conflicts.add(query + " is matched by " + tied + ", all with precedence " + top);
            }
        }
        return conflicts;
    }

    /** The fees for all queries, in input order. */
    public List<CardFee> fees(List<CardFeeQuery> queries) {
        return evaluate(queries).stream().map(FactOutcome::single).toList();
    }

    /** The fee for one query. */
    public CardFee fee(CardFeeQuery query) {
        return fees(List.of(query)).get(0);
    }
}
