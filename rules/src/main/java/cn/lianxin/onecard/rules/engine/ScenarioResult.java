package cn.lianxin.onecard.rules.engine;

/**
 * What one regression scenario got from a version of its rule set.
 *
 * @param line     the scenario's line in its file
 * @param name     the scenario column: what the case is, in words
 * @param expected the expected outcome in words, e.g. {@code 2000 fen by replace-standard}
 * @param actual   what the rules gave, in the same words, or why evaluation failed
 * @param passed   {@code expected} and {@code actual} agree
 */
public record ScenarioResult(int line, String name, String expected, String actual, boolean passed) {

    /** Compares the expected and actual outcome, both in words. */
    public static ScenarioResult of(int line, String name, String expected, String actual) {
        return new ScenarioResult(line, name, expected, actual, expected.equals(actual));
    }

    /** Evaluation of the scenario failed (a rule refused the fact, gave a negative fee, ...). */
    public static ScenarioResult failed(int line, String name, String expected, RuntimeException failure) {
        return new ScenarioResult(line, name, expected, "evaluation failed: " + failure.getMessage(), false);
    }

    @Override
    public String toString() {
        return "line " + line + " (" + name + "): expected " + expected + ", got " + actual;
    }
}
