package cn.lianxin.onecard.rules.engine;

import java.util.Objects;

/**
 * One reason a rule set was refused, with the place it was found as exactly as it is known.
 * Every place field may be {@code null}: unknown or not applicable.
 *
 * <ul>
 *   <li>DRL resource: {@code drlLine} and {@code drlColumn} are the file's own.</li>
 *   <li>Decision table: {@code sheet}, {@code row} (1-based, as Excel shows it) and {@code column}
 *       (a letter, as Excel shows it) are found by mapping Drools' error back from the DRL it
 *       generates from the table; {@code drlLine} / {@code drlColumn} / {@code excerpt} then point
 *       into that generated DRL. The row is known for every error inside a rule; the column only
 *       when exactly one cell of that row produced the text Drools complains about.</li>
 * </ul>
 *
 * @param kind      what went wrong
 * @param ruleSet   the rule set's name
 * @param resource  the resource's name, or {@code null} for the rule set as a whole
 * @param sheet     decision tables: the sheet's name
 * @param row       decision tables: the row, 1-based
 * @param column    decision tables: the column letter(s), e.g. {@code I}
 * @param drlLine   the DRL line, 1-based (for a table: of the DRL generated from it)
 * @param drlColumn the DRL column, 1-based, where Drools gives it
 * @param message   what is wrong, in Drools' words or ours
 * @param excerpt   the offending DRL line, where known (for a table: the generated line)
 */
public record RuleSetProblem(Kind kind, String ruleSet, String resource, String sheet, Integer row, String column,
                             Integer drlLine, Integer drlColumn, String message, String excerpt) {

    /** What went wrong. */
    public enum Kind {
        /** The bytes cannot be read: not a spreadsheet, not UTF-8 text, too large. */
        UNREADABLE,
        /** A name Drools would not compile (e.g. a plain {@code .xlsx}): its rules would be missing. */
        UNSUPPORTED_RESOURCE,
        /** A decision table's structure is wrong (missing code row, non-numeric priority, ...). */
        DECISION_TABLE,
        /** Drools refused the rules: syntax, unknown type or field, type mismatch, ... */
        COMPILE,
        /** The rule set compiled to a different number of rules than it must contain. */
        RULE_COUNT,
        /** The rules break what the Java side of the rule set relies on (e.g. a rule without a reason). */
        CONTRACT,
        /** The regression-scenario file cannot be read (a missing column, a value of the wrong kind). */
        SCENARIOS,
        /**
         * A rule file uses something a rule file may not (a class outside the rule set's facts, {@code new},
         * a loop, ...): refused before anything of it is compiled ({@link RuleFileSafety}).
         */
        FORBIDDEN,
        /** Evaluating the rules during the check went beyond its time or firing bound and was stopped. */
        LIMIT
    }

    public RuleSetProblem {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(ruleSet, "ruleSet");
        Objects.requireNonNull(message, "message");
    }

    /** A problem with no place finer than the resource (or, with {@code resource} null, the rule set). */
    public static RuleSetProblem of(Kind kind, String ruleSet, String resource, String message) {
        return new RuleSetProblem(kind, ruleSet, resource, null, null, null, null, null, message, null);
    }

    /** The place in words: {@code card-fees.drl.xlsx, sheet 'Card fees', cell I12}. */
    public String where() {
        StringBuilder b = new StringBuilder(resource == null ? "rule set " + ruleSet : resource);
        if (sheet != null) {
            b.append(", sheet '").append(sheet).append('\'');
        }
        if (row != null && column != null) {
            b.append(", cell ").append(column).append(row);
        } else if (row != null) {
            b.append(", row ").append(row);
        } else if (column != null) {
            b.append(", column ").append(column);
        }
        if (sheet == null && drlLine != null) {
            b.append(", line ").append(drlLine);
            if (drlColumn != null) {
                b.append(", column ").append(drlColumn);
            }
        }
        return b.toString();
    }

    @Override
    public String toString() {
        return where() + ": " + message;
    }
}
