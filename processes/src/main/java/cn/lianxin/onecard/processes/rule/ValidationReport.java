package cn.lianxin.onecard.processes.rule;

/**
 * The answer of validating a submitted rule-set version.
 *
 * @param passed  whether the version compiled and every regression scenario gave its expected outcome
 * @param summary one line the approver sees, e.g. "费用规则 12 条 · 场景 48/48 通过 12 rules, 48/48 scenarios passed"
 * @param report  what failed with the exact place (sheet, row, column, or DRL line) and the scenario
 *                that broke, one failure a line; null when passed
 */
public record ValidationReport(boolean passed, String summary, String report) {

    public ValidationReport {
        if (summary == null || summary.isBlank()) {
            throw new IllegalArgumentException("summary must not be blank");
        }
        if (!passed && (report == null || report.isBlank())) {
            throw new IllegalArgumentException("a failed validation needs a report of what failed");
        }
        if (passed && report != null) {
            throw new IllegalArgumentException("a passed validation has no failure report");
        }
    }

    public static ValidationReport passed(String summary) {
        return new ValidationReport(true, summary, null);
    }

    public static ValidationReport failed(String summary, String report) {
        return new ValidationReport(false, summary, report);
    }
}
