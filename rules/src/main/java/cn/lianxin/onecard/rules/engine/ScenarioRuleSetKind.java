package cn.lianxin.onecard.rules.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * A {@link RuleSetKind} whose scenarios are records of type {@code S}: runs each scenario on its
 * own and compares the outcome in words. A rule set says how to read its scenarios, how to put an
 * expected and an actual outcome into words, and which facts to search for ambiguous precedence.
 */
public abstract class ScenarioRuleSetKind<T, S extends Scenario> implements RuleSetKind<T> {

    private final String name;
    private final String tableSheet;
    private final RuleVocabulary vocabulary;
    private final Function<CompiledRuleSet, T> typed;
    private final Function<T, CompiledRuleSet> ruleSet;
    private final BiFunction<String, String, List<S>> scenarios;

    /**
     * @param vocabulary the rule set's fact types: all its files may name
     * @param scenarios parses a scenario file (text, file name); errors name the line and the column
     */
    protected ScenarioRuleSetKind(String name, String tableSheet, RuleVocabulary vocabulary, Function<CompiledRuleSet, T> typed,
                                  Function<T, CompiledRuleSet> ruleSet, BiFunction<String, String, List<S>> scenarios) {
        this.name = name;
        this.tableSheet = tableSheet;
        this.vocabulary = vocabulary;
        this.typed = typed;
        this.ruleSet = ruleSet;
        this.scenarios = scenarios;
    }

    private List<S> scenarios(String text, String source) {
        return scenarios.apply(text, source);
    }

    /** The outcome the scenario expects, in words. */
    protected abstract String expected(S scenario);

    /** What the rules give for the scenario, in the same words; may throw if evaluation fails. */
    protected abstract String actual(T typed, S scenario);

    /** The rules the scenario expects to decide. */
    protected abstract List<String> expectedRules(S scenario);

    /** Ambiguous precedence over the rule set's grid and these scenarios. */
    protected abstract List<String> precedenceProblems(T typed, List<S> scenarios);

    @Override
    public final String name() {
        return name;
    }

    @Override
    public final RuleVocabulary vocabulary() {
        return vocabulary;
    }

    @Override
    public final String tableSheet() {
        return tableSheet;
    }

    @Override
    public final T typed(CompiledRuleSet compiled) {
        return typed.apply(compiled);
    }

    @Override
    public final CompiledRuleSet ruleSet(T typed) {
        return ruleSet.apply(typed);
    }

    @Override
    public final List<ScenarioResult> runScenarios(T typed, String text, String source) {
        List<ScenarioResult> results = new ArrayList<>();
        for (S s : scenarios(text, source)) {
            String expected = expected(s);
            try {
                results.add(ScenarioResult.of(s.line(), s.name(), expected, actual(typed, s)));
            } catch (RuntimeException e) {
                results.add(ScenarioResult.failed(s.line(), s.name(), expected, e));
            }
        }
        return results;
    }

    @Override
    public final List<String> precedenceProblems(T typed, String text, String source) {
        return precedenceProblems(typed, scenarios(text, source));
    }

    @Override
    public final List<String> rulesCoveredByScenarios(String text, String source) {
        List<String> rules = new ArrayList<>();
        scenarios(text, source).forEach(s -> rules.addAll(expectedRules(s)));
        return rules;
    }
}
