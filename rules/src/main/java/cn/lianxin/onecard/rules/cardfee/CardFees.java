package cn.lianxin.onecard.rules.cardfee;

import cn.lianxin.onecard.rules.engine.CompiledRuleSet;
import cn.lianxin.onecard.rules.engine.FactOutcome;
import cn.lianxin.onecard.rules.engine.RuleEvaluationException;
import cn.lianxin.onecard.rules.engine.RuleSetCompilationException;
import cn.lianxin.onecard.rules.engine.SingleDecision;
import java.util.List;

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
    private final SingleDecision<CardFeeQuery, CardFee> decisions;

    /** @throws RuleSetCompilationException if the rule set breaks what this class relies on */
    public CardFees(CompiledRuleSet ruleSet) {
        SingleDecision.verifyContract(ruleSet, RULE_SET, FALLBACK_RULE, MIN_PRECEDENCE, REASON, (rule, problem) -> { });
        this.ruleSet = ruleSet;
        this.decisions = new SingleDecision<>(ruleSet, CardFee.class, CardFee::query, CardFee::rule);
    }


    public CompiledRuleSet ruleSet() {
        return ruleSet;
    }

    /** The fees for all queries, in input order. */
    /**
     * Evaluates all queries in one session call; one outcome per query, in input order, each with
     * its one result and the one rule that fired.
     *
     * @throws RuleEvaluationException if a query was not decided by exactly one rule
     */
    public List<FactOutcome<CardFeeQuery, CardFee>> evaluate(List<CardFeeQuery> queries) {
        return decisions.evaluate(queries);
    }

    /** Queries two rules of the same, highest precedence both match (see {@link SingleDecision#precedenceConflicts}). */
    public List<String> precedenceConflicts(List<CardFeeQuery> sample) {
        return decisions.precedenceConflicts(sample);
    }

    public List<CardFee> fees(List<CardFeeQuery> queries) {
        return decisions.decide(queries);
    }

    /** The fee for one query. */
    public CardFee fee(CardFeeQuery query) {
        return fees(List.of(query)).get(0);
    }
}
