package cn.lianxin.onecard.app.web;

import java.util.List;

/**
 * A well-formed request that breaks a business rule about one or more fields (422), such as a
 * household in a deactivated community.
 */
public class InvalidFieldException extends RuntimeException {

    private final List<FieldProblem> problems;

    public InvalidFieldException(String field, String reason) {
        this(List.of(new FieldProblem(field, reason)));
    }

    public InvalidFieldException(List<FieldProblem> problems) {
        super(problems.stream().map(p -> p.field() + ": " + p.reason()).reduce((a, b) -> a + "; " + b).orElse(""));
        this.problems = List.copyOf(problems);
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
