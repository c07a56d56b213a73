package cn.lianxin.onecard.rules.engine;

import java.util.List;
import java.util.stream.Collectors;

/** A rule set was refused; {@link #problems()} says why and where, one entry per problem. */
public class RuleSetCompilationException extends RuntimeException {

    private final String ruleSet;
    private final List<RuleSetProblem> problems;

    public RuleSetCompilationException(String ruleSet, List<RuleSetProblem> problems) {
        super(describe(ruleSet, problems));
        this.ruleSet = ruleSet;
        this.problems = List.copyOf(problems);
    }

    private static String describe(String ruleSet, List<RuleSetProblem> problems) {
        return "rule set " + ruleSet + " refused, " + problems.size() + (problems.size() == 1 ? " problem" : " problems")
                + ":\n" + problems.stream().map(p -> "  - " + p).collect(Collectors.joining("\n"));
    }

    public String ruleSet() {
        return ruleSet;
    }

    public List<RuleSetProblem> problems() {
        return problems;
    }
}
