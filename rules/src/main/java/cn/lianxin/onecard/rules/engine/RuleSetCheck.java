package cn.lianxin.onecard.rules.engine;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Checks a version of a rule set before anybody may approve it, and gives its typed evaluation
 * when it passes:
 * <ol>
 *   <li>the files define rules the way Drools will read them ({@link DefinedRules}: the table on its
 *       first sheet, no blank row inside a table);</li>
 *   <li>it compiles, to exactly the number of rules its files define ({@link RuleSetCompiler});</li>
 *   <li>it keeps the rule set's contract (fallback, precedence, reasons: {@link RuleSetKind#typed});</li>
 *   <li>every regression scenario gets its expected outcome, and no evaluation fails — a negative
 *       fee is refused by the result types, so it fails the scenario that meets it;</li>
 *   <li>every rule is covered by a scenario;</li>
 *   <li>precedence is unambiguous over a grid of facts and the scenarios.</li>
 * </ol>
 * Before step 2 compiles anything, every rule file passes {@link RuleFileSafety}: only the rule set's
 * facts, the operators and the allowed helpers. Steps 4–6 run on a thread of their own within a time
 * limit ({@link EvaluationBudget}). Nothing here changes any state: the active version is whatever
 * the caller keeps.
 */
public final class RuleSetCheck {

    private RuleSetCheck() {
    }

    /**
     * The outcome: the report, and the typed evaluation whenever the version compiled and kept its
     * contract (even if scenarios failed: a what-if can still compare it). Only a version that
     * {@link #passed()} may ever be activated.
     */
    public record Checked<T>(Report report, T typed) {

        public boolean passed() {
            return report.passed();
        }
    }

    /**
     * What the check found. {@code problems} are the file-level refusals (compile, count, contract,
     * unreadable scenario file), each with its place; {@code scenarios} one result per scenario;
     * {@code uncoveredRules} rules no scenario expects; {@code precedenceProblems} ambiguous facts.
     */
    public record Report(String ruleSet, int definedRules, List<RuleSetProblem> problems,
                         List<ScenarioResult> scenarios, List<String> uncoveredRules, List<String> precedenceProblems) {

        public Report {
            problems = List.copyOf(problems);
            scenarios = List.copyOf(scenarios);
            uncoveredRules = List.copyOf(uncoveredRules);
            precedenceProblems = List.copyOf(precedenceProblems);
        }

        public List<ScenarioResult> failedScenarios() {
            return scenarios.stream().filter(s -> !s.passed()).toList();
        }

        public boolean passed() {
            return problems.isEmpty() && !scenarios.isEmpty() && failedScenarios().isEmpty() && uncoveredRules.isEmpty()
                    && precedenceProblems.isEmpty();
        }

        /** One line: passed, or how many of each kind of failure. */
        public String summary() {
            if (passed()) {
                return "通过 passed: " + definedRules + " rules, " + scenarios.size() + " scenarios";
            }
            List<String> parts = new ArrayList<>();
            if (!problems.isEmpty()) {
                parts.add(problems.size() + (problems.size() == 1 ? " problem in the files" : " problems in the files"));
            }
            if (!failedScenarios().isEmpty()) {
                parts.add(failedScenarios().size() + " of " + scenarios.size() + " scenarios failed");
            }
            if (problems.isEmpty() && scenarios.isEmpty()) {
                parts.add("no scenarios");
            }
            if (!uncoveredRules.isEmpty()) {
                parts.add(uncoveredRules.size() + " rules without a scenario");
            }
            if (!precedenceProblems.isEmpty()) {
                parts.add(precedenceProblems.size() + " ambiguous precedence cases");
            }
            return "未通过 refused: " + String.join(", ", parts);
        }

        /** The whole report as text: what an approver and the audit trail read. */
        public String text() {
            StringBuilder b = new StringBuilder(summary()).append('\n');
            problems.forEach(p -> b.append("  - ").append(p).append('\n'));
            failedScenarios().forEach(s -> b.append("  - scenario ").append(s).append('\n'));
            if (problems.isEmpty() && scenarios.isEmpty()) {
                b.append("  - the scenario file holds no scenario: every version must be checked against scenarios\n");
            }
            uncoveredRules.forEach(r -> b.append("  - rule ").append(r).append(" has no scenario: add one that it decides\n"));
            precedenceProblems.stream().limit(20).forEach(p -> b.append("  - precedence: ").append(p).append('\n'));
            if (precedenceProblems.size() > 20) {
                b.append("  - precedence: ").append(precedenceProblems.size() - 20).append(" more like these\n");
            }
            return b.toString();
        }
    }

    private static <T> List<String> gridProblems(RuleSetKind<T> kind, T typed, String scenarios) {
        try {
            return kind.precedenceProblems(typed, scenarios, kind.scenarioFile());
        } catch (RuleEvaluationException e) {
            return List.of("evaluating the rules over the check grid failed: " + e.getMessage());
        }
    }

    /**
     * Checks a version made of {@code ruleFiles} (DRL and decision tables) against the scenario
     * file's text.
     */
    public static <T> Checked<T> check(RuleSetKind<T> kind, List<RuleResource> ruleFiles, byte[] scenarioFile) {
        return check(kind, ruleFiles, scenarioFile, TIME_LIMIT);
    }

    /**
     * As {@link #check(RuleSetKind, List, byte[])}, with the evaluation of steps 4–6 bounded by
     * {@code timeLimit}: past it the evaluation is stopped and the version refused (a {@code LIMIT}
     * problem). Before anything compiles, every rule file passes {@link RuleFileSafety} against the
     * kind's vocabulary (a {@code FORBIDDEN} problem names each construct it may not use).
     */
    public static <T> Checked<T> check(RuleSetKind<T> kind, List<RuleResource> ruleFiles, byte[] scenarioFile,
                                       Duration timeLimit) {
        List<RuleSetProblem> problems = new ArrayList<>();
        int defined = DefinedRules.count(kind, ruleFiles, problems);
        String scenarios = new String(scenarioFile, StandardCharsets.UTF_8);
        T typed;
        try {
            CompiledRuleSet compiled = RuleSetCompiler.compile(new RuleSetSource(kind.name(), Math.max(defined, 1), ruleFiles),
                    kind.vocabulary());
            typed = kind.typed(compiled);
        } catch (RuleSetCompilationException e) {
            problems.addAll(e.problems());
            return new Checked<>(new Report(kind.name(), defined, problems, List.of(), List.of(), List.of()), null);
        }
        if (!problems.isEmpty()) {
            return new Checked<>(new Report(kind.name(), defined, problems, List.of(), List.of(), List.of()), null);
        }
        EvaluationBudget.Outcome<Report> evaluated;
        try {
            evaluated = EvaluationBudget.run(kind.name(), timeLimit, () -> evaluate(kind, typed, scenarios, defined));
        } catch (IllegalArgumentException e) {
            problems.add(RuleSetProblem.of(RuleSetProblem.Kind.SCENARIOS, kind.name(), kind.scenarioFile(), e.getMessage()));
            return new Checked<>(new Report(kind.name(), defined, problems, List.of(), List.of(), List.of()), null);
        }
        if (evaluated.stopped()) {
            problems.add(RuleSetProblem.of(RuleSetProblem.Kind.LIMIT, kind.name(), null,
                    "the scenarios and the precedence check did not finish within " + EvaluationBudget.inWords(timeLimit)
                            + " and were stopped: a rule keeps the engine busy (the shipped version takes a few seconds)"));
            // no typed evaluation: a what-if would run the same rules over the live data
            return new Checked<>(new Report(kind.name(), defined, problems, List.of(), List.of(), List.of()), null);
        }
        return new Checked<>(evaluated.value(), typed);
    }

    /** How long steps 4–6 (scenarios, coverage, precedence grid) may take before they are stopped. */
    public static final Duration TIME_LIMIT = Duration.ofSeconds(60);

    private static <T> Report evaluate(RuleSetKind<T> kind, T typed, String scenarios, int defined) {
        List<ScenarioResult> results = kind.runScenarios(typed, scenarios, kind.scenarioFile());
        TreeSet<String> rules = new TreeSet<>(kind.ruleSet(typed).ruleNames());
        rules.removeAll(kind.rulesCoveredByScenarios(scenarios, kind.scenarioFile()));
        List<String> precedence = gridProblems(kind, typed, scenarios);
        return new Report(kind.name(), defined, List.of(), results, List.copyOf(rules), precedence);
    }
}
