package cn.lianxin.onecard.rules.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * A rule set whose contract is one decision per query: exactly one rule fires for each query and
 * gives exactly one result, which names that rule. Shared by the card-fee, late-fee,
 * overdue-ladder and clearing-share rule sets.
 *
 * @param <Q> the query fact
 * @param <R> the result, which carries its query and the name of the rule that gave it
 */
public final class SingleDecision<Q, R> {

    private final CompiledRuleSet ruleSet;
    private final Class<R> resultType;
    private final Function<R, Q> queryOf;
    private final Function<R, String> ruleOf;
    private final Map<String, Integer> salience = new HashMap<>();

    public SingleDecision(CompiledRuleSet ruleSet, Class<R> resultType, Function<R, Q> queryOf, Function<R, String> ruleOf) {
        this.ruleSet = ruleSet;
        this.resultType = resultType;
        this.queryOf = queryOf;
        this.ruleOf = ruleOf;
        ruleSet.rules().forEach(rule -> salience.put(rule.name(), rule.salience()));
    }

    /**
     * Evaluates all queries in one session call; one outcome per query, in input order, each with
     * its one result and the one rule that fired.
     *
     * @throws RuleEvaluationException if a query was not decided by exactly one rule
     */
    public List<FactOutcome<Q, R>> evaluate(List<Q> queries) {
        List<FactOutcome<Q, R>> outcomes = ruleSet.evaluate(queries, resultType, queryOf);
        for (FactOutcome<Q, R> o : outcomes) {
            if (o.results().size() != 1 || !o.firedRules().equals(List.of(ruleOf.apply(o.results().get(0))))) {
                throw new RuleEvaluationException(ruleSet.name(), null, "query " + o.fact()
                        + " must be decided by exactly one rule, but the rules " + o.firedRules()
                        + " fired and gave " + o.results(), null);
            }
        }
        return outcomes;
    }

    /** The one result of each query, in input order. */
    public List<R> decide(List<Q> queries) {
        return evaluate(queries).stream().map(FactOutcome::single).toList();
    }

    /**
     * Every rule evaluated on its own over the sample: per query, the results of all rules that
     * match it — independent of which rule would fire first in a normal run.
     */
    public Map<Q, List<R>> resultsOfEachRuleAlone(List<Q> sample) {
        Map<Q, List<R>> matching = new IdentityHashMap<>();
        for (RuleInfo rule : ruleSet.rules()) {
            for (FactOutcome<Q, R> o : ruleSet.evaluate(sample, resultType, queryOf, rule.name()::equals)) {
                matching.computeIfAbsent(o.fact(), q -> new ArrayList<>()).addAll(o.results());
            }
        }
        return matching;
    }

    /**
     * Checks the contract every single-decision rule set keeps, and refuses the rule set naming
     * each breach: it is the expected rule set; its fallback rule exists with a precedence below
     * {@code minPrecedence}, under every row; every other rule has at least that precedence; every
     * rule gives a reason. {@code rowChecks} adds a rule set's own checks of each non-fallback row,
     * reporting a problem in words through the consumer it is given.
     *
     * @throws IllegalArgumentException when {@code ruleSet} is another rule set
     * @throws RuleSetCompilationException listing every breach
     */
    public static void verifyContract(CompiledRuleSet ruleSet, String expectedName, String fallbackRule, int minPrecedence,
                                      String reasonKey, BiConsumer<RuleInfo, Consumer<String>> rowChecks) {
        if (!expectedName.equals(ruleSet.name())) {
            throw new IllegalArgumentException("not the " + expectedName + " rule set: " + ruleSet.name());
        }
        List<RuleSetProblem> problems = new ArrayList<>();
        Consumer<String> problem = message ->
                problems.add(RuleSetProblem.of(RuleSetProblem.Kind.CONTRACT, expectedName, null, message));
        RuleInfo fallback = ruleSet.rules().stream().filter(r -> r.name().equals(fallbackRule)).findFirst().orElse(null);
        if (fallback == null) {
            problem.accept("the fallback rule " + fallbackRule + " is missing: a query no rule matches would get no answer");
        } else if (fallback.salience() >= minPrecedence) {
            problem.accept("the fallback rule " + fallbackRule + " has precedence " + fallback.salience()
                    + "; it must be below " + minPrecedence + ", under every row");
        }
        for (RuleInfo rule : ruleSet.rules()) {
            Object reason = rule.metadata().get(reasonKey);
            if (reason == null || reason.toString().isBlank()) {
                problem.accept("rule '" + rule.name() + "' gives no reason (the Reason column is empty)");
            }
            if (rule == fallback) {
                continue;
            }
            if (rule.salience() < minPrecedence) {
                problem.accept("rule '" + rule.name() + "' has precedence " + rule.salience() + "; every row needs a"
                        + " precedence of " + minPrecedence + " or more (an empty cell counts as 0), above the fallback's");
            }
            rowChecks.accept(rule, problem);
        }
        if (!problems.isEmpty()) {
            throw new RuleSetCompilationException(expectedName, problems);
        }
    }

    /** The precedence (salience) of a rule of this rule set. */
    public int precedenceOf(R result) {
        return salience.get(ruleOf.apply(result));
    }

    /**
     * Queries that two rules of the same, highest precedence both match — where only the order of
     * the rows would decide, which these rule sets never allow.
     *
     * @param sample queries covering the cases to check, e.g. around every threshold of the table
     * @return one line per conflicting query, empty when precedence is unambiguous
     */
    public List<String> precedenceConflicts(List<Q> sample) {
        Map<Q, List<R>> matching = resultsOfEachRuleAlone(sample);
        List<String> conflicts = new ArrayList<>();
        for (Q query : sample) {
            tiedAtTop(query, matching.getOrDefault(query, List.of())).ifPresent(conflicts::add);
        }
        return conflicts;
    }

    /** The conflict line when more than one of these results has the highest precedence. */
    public Optional<String> tiedAtTop(Q query, List<R> results) {
        int top = results.stream().mapToInt(this::precedenceOf).max().orElse(Integer.MIN_VALUE);
        List<String> tied = results.stream().filter(r -> precedenceOf(r) == top).map(ruleOf).toList();
        return tied.size() > 1
                ? Optional.of(query + " is matched by " + tied + ", all with precedence " + top)
                : Optional.empty();
    }
}
