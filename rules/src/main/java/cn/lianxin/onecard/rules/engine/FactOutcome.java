package cn.lianxin.onecard.rules.engine;

import java.util.List;

/**
 * What a rule set made of one fact: the results the rules inserted for it, and the names of the
 * rules that fired on it, in firing order.
 *
 * @param fact       the fact, the very instance that was passed in
 * @param results    the results that refer to this fact (none, one, or — if the rule set allows
 *                   it — several; in no particular order)
 * @param firedRules the rules whose match included this fact, in the order they fired
 */
public record FactOutcome<F, R>(F fact, List<R> results, List<String> firedRules) {

    public FactOutcome {
        results = List.copyOf(results);
        firedRules = List.copyOf(firedRules);
    }

    /** The one result, for rule sets that answer every fact exactly once; fails loudly otherwise. */
    public R single() {
        if (results.size() != 1) {
            throw new IllegalStateException("expected exactly one result but got " + results.size()
                    + " for " + fact + " (fired rules: " + firedRules + ")");
        }
        return results.get(0);
    }
}
