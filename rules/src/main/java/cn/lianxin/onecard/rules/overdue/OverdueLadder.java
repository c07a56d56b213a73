package cn.lianxin.onecard.rules.overdue;

import cn.lianxin.onecard.rules.engine.CompiledRuleSet;
import cn.lianxin.onecard.rules.engine.FactOutcome;
import cn.lianxin.onecard.rules.engine.RuleEvaluationException;
import cn.lianxin.onecard.rules.engine.RuleSetCompilationException;
import cn.lianxin.onecard.rules.engine.SingleDecision;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The overdue ladder, typed: {@link OverdueQuery} in, exactly one {@link OverdueState} out per query.
 *
 * <p>Precedence is explicit and follows severity: exemptions above every rung, then
 * {@code BLACKLISTED} above {@code WARNING} above {@code REMINDER}, the fallback
 * {@value #FALLBACK_RULE} ({@code NONE}) below all. {@link #precedenceProblems} checks, over a sample,
 * that no two rules of equal precedence match one query and that wherever two rules match, the
 * one with the higher precedence gives the more severe outcome (an exemption counting as the most
 * severe). One row decides and retires the query, so the row order never matters.
 */
public final class OverdueLadder {

    public static final String RULE_SET = "overdue-ladder";
    public static final String FALLBACK_RULE = "not-overdue";
    public static final int MIN_PRECEDENCE = 1;
    public static final String REASON = "reason";

    private final CompiledRuleSet ruleSet;
    private final SingleDecision<OverdueQuery, OverdueState> decisions;

    /** @throws RuleSetCompilationException if the rule set breaks what this class relies on */
    public OverdueLadder(CompiledRuleSet ruleSet) {
        SingleDecision.verifyContract(ruleSet, RULE_SET, FALLBACK_RULE, MIN_PRECEDENCE, REASON, (rule, problem) -> { });
        this.ruleSet = ruleSet;
        this.decisions = new SingleDecision<>(ruleSet, OverdueState.class, OverdueState::query, OverdueState::rule);
    }


    public CompiledRuleSet ruleSet() {
        return ruleSet;
    }

    /** An exemption outranks every rung; otherwise the level's severity. */
    static int rank(OverdueState state) {
        return state.exempt() ? Integer.MAX_VALUE : state.level().severity();
    }

    /**
     * Evaluates each rule alone over the sample and lists every query where two rules of the same
     * highest precedence match, or where a rule of higher precedence gives a less severe outcome than
     * another that matches too. Empty when precedence is unambiguous and follows severity.
     */
    public List<String> precedenceProblems(List<OverdueQuery> sample) {
        Map<OverdueQuery, List<OverdueState>> matching = decisions.resultsOfEachRuleAlone(sample);
        List<String> problems = new ArrayList<>();
        for (OverdueQuery query : sample) {
            List<OverdueState> states = matching.getOrDefault(query, List.of());
            decisions.tiedAtTop(query, states).ifPresent(problems::add);
            for (OverdueState a : states) {
                for (OverdueState b : states) {
                    if (decisions.precedenceOf(a) > decisions.precedenceOf(b) && rank(a) < rank(b)) {
                        problems.add(query + ": rule " + a.rule() + " (" + (a.exempt() ? "exemption" : a.level())
                                + ", precedence " + decisions.precedenceOf(a) + ") outranks the more severe rule "
                                + b.rule() + " (" + (b.exempt() ? "exemption" : b.level()) + ", precedence "
                                + decisions.precedenceOf(b) + ")");
                    }
                }
            }
        }
        return problems;
    }

    /**
     * Evaluates all queries in one session call; one outcome per query, in input order, each with
     * its one result and the one rule that fired.
     *
     * @throws RuleEvaluationException if a query was not decided by exactly one rule
     */
    public List<FactOutcome<OverdueQuery, OverdueState>> evaluate(List<OverdueQuery> queries) {
        return decisions.evaluate(queries);
    }

    public List<OverdueState> states(List<OverdueQuery> queries) {
        return decisions.decide(queries);
    }

    public OverdueState state(OverdueQuery query) {
        return states(List.of(query)).get(0);
    }
}
