package cn.lianxin.onecard.integration.format;

import java.util.Objects;

/**
 * One thing wrong with a file: the reason code to answer with, where it is and why.
 *
 * @param code       the §4 reason code ({@code F001} for structure, {@code R001} for a malformed
 *                   detail field, {@code F002}/{@code F003} for MAC and trailer disagreements)
 * @param lineNumber 1-based line of the file, or 0 when the fault is not on a line (file name,
 *                   missing trailer, empty file)
 * @param field      the field's name as the spec writes it (e.g. {@code "business date"},
 *                   {@code "line length"}, {@code "file MAC"})
 * @param position   1-based character position where the field starts (or, for a length fault,
 *                   where the line should have ended), 0 when there is none
 * @param reason     what is wrong, in words
 */
public record FormatFault(ReasonCode code, long lineNumber, String field, int position, String reason) {

    /** Checks the components. */
    public FormatFault {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(reason, "reason");
    }

    /** E.g. {@code F001 at line 1, field 'business date' (position 21): 20261131 is not a valid date}. */
    public String message() {
        StringBuilder text = new StringBuilder(code.name());
        text.append(lineNumber > 0 ? " at line " + lineNumber + ", " : " ");
        text.append("field '").append(field).append('\'');
        if (position > 0) {
            text.append(" (position ").append(position).append(')');
        }
        return text.append(": ").append(reason).toString();
    }

    @Override
    public String toString() {
        return message();
    }
}
