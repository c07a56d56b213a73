package cn.lianxin.onecard.app.web;

/** One bad field of a request: its name (JSON path) and why it was refused. */
public record FieldProblem(String field, String reason) {
}
