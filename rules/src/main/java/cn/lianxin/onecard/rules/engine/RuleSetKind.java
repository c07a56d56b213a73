package cn.lianxin.onecard.rules.engine;

import java.util.List;

/**
 * What the engine needs to know of one rule set to check a version of it: how to wrap a compiled
 * version into its typed evaluation (which checks the rule set's contract), how to run its
 * regression scenarios, and how to look for ambiguous precedence. One implementation per rule set,
 * next to its facts; the engine knows none of them.
 *
 * @param <T> the typed evaluation, e.g. {@code CardFees}
 */
public interface RuleSetKind<T> {

    /** The rule set's name, e.g. {@code card-fees}. */
    String name();

    /**
     * What the rule set's files may name: its package and its own fact types. Every file of every
     * version is checked against it before anything compiles ({@link RuleFileSafety}).
     */
    RuleVocabulary vocabulary();

    /** The decision table's sheet, which must be the workbook's first: Drools reads only that one. */
    String tableSheet();

    /** The name of the rule set's scenario file, e.g. {@code card-fees.scenarios.csv}. */
    default String scenarioFile() {
        return name() + ".scenarios.csv";
    }

    /** @throws RuleSetCompilationException if the version breaks what the typed evaluation relies on */
    T typed(CompiledRuleSet compiled);

    /** The compiled version the typed evaluation wraps. */
    CompiledRuleSet ruleSet(T typed);

    /**
     * Runs every scenario of the file, one result per scenario in file order. Evaluation failures
     * are failed results, never thrown.
     *
     * @throws IllegalArgumentException if the scenario file cannot be read; the message names the line and column
     */
    List<ScenarioResult> runScenarios(T typed, String scenarios, String source);

    /**
     * Facts on which the rows' precedence is ambiguous (two rows of the same highest precedence, a
     * more severe outcome outranked, two rows of one table overlapping), over a built-in grid of
     * facts and the scenario facts; each in words. Empty when precedence is unambiguous.
     */
    List<String> precedenceProblems(T typed, String scenarios, String source);

    /** The rules the scenarios expect to decide, to find rules no scenario covers. */
    List<String> rulesCoveredByScenarios(String scenarios, String source);
}
