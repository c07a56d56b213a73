package cn.lianxin.onecard.app.ruleset;

import cn.lianxin.onecard.rules.engine.RuleSetCheck;
import cn.lianxin.onecard.rules.engine.RuleSetProblem;
import cn.lianxin.onecard.rules.engine.ScenarioResult;
import java.util.List;

/**
 * A version's check as the API shows it: passed or not, a one-line summary, every problem with its
 * place, the scenarios that failed, rules without a scenario, ambiguous precedence, and the whole
 * report as text.
 */
public record CheckView(boolean passed, String summary, int definedRules, int scenariosRun, List<Problem> problems,
                        List<ScenarioResult> failedScenarios, List<String> uncoveredRules, List<String> precedenceProblems,
                        String text) {

    /** One problem in a file, with its place as exactly as it is known. */
    public record Problem(String kind, String file, String sheet, Integer row, String column, Integer drlLine,
                          String where, String message) {

        static Problem of(RuleSetProblem p) {
            return new Problem(p.kind().name(), p.resource(), p.sheet(), p.row(), p.column(), p.drlLine(), p.where(),
                    p.message());
        }
    }

    static CheckView of(RuleSetCheck.Report report) {
        return new CheckView(report.passed(), report.summary(), report.definedRules(), report.scenarios().size(),
                report.problems().stream().map(Problem::of).toList(), report.failedScenarios(), report.uncoveredRules(),
                report.precedenceProblems().stream().limit(50).toList(), report.text());
    }
}
