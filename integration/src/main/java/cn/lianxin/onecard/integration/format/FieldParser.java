package cn.lianxin.onecard.integration.format;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalQuery;

/**
 * Reads the fixed-width fields of one line's content (bytes as received) and turns the first
 * malformed one into a {@link FormatException} naming the field, its position and the reason,
 * with the reason code of the record's kind ({@code F001} header and trailer, {@code R001}
 * detail fields).
 */
final class FieldParser {

    private final byte[] content;
    private final long lineNumber;
    private final ReasonCode code;

    FieldParser(byte[] content, long lineNumber, ReasonCode code) {
        this.content = content;
        this.lineNumber = lineNumber;
        this.code = code;
    }

    /**
     * Refuses a line whose length is not {@code expected}: always {@code F001}; {@code record}
     * reads as the subject of a sentence ("a detail line", "the ACH1 header").
     */
    static void requireLength(LineInput.RawLine line, long lineNumber, String record, int expected) {
        if (line.contentLength() != expected) {
            int where = (int) Math.min(line.contentLength(), expected) + 1;
            throw new FormatException(new FormatFault(ReasonCode.F001, lineNumber, "line length", where,
                    record + " has " + expected + " characters, this line has " + line.contentLength()));
        }
    }

    /**
     * Refuses a line longer than the reader keeps ({@link LineInput.RawLine#overLong()}): always
     * {@code F001}, checked before anything else so that such a line is named for its length.
     */
    static void requireNotOverLong(LineInput.RawLine line, long lineNumber) {
        if (line.overLong()) {
            throw new FormatException(new FormatFault(ReasonCode.F001, lineNumber, "line length",
                    ConsReader.MAX_LINE_BYTES + 1, "the line has " + line.contentLength() + " characters, more than the "
                            + ConsReader.MAX_LINE_BYTES + " any line may have"));
        }
    }

    /** Refuses a record tag other than {@code expected}: always {@code F001}. */
    static void requireTag(LineInput.RawLine line, long lineNumber, String expected, String record) {
        if (!line.startsWith(expected)) {
            byte[] content = line.content();
            String found = printable(content, 0, Math.min(content.length, expected.length()));
            throw new FormatException(new FormatFault(ReasonCode.F001, lineNumber, "record tag", 1,
                    "expected " + expected + " (" + record + "), found '" + found + "'"));
        }
    }

    String digits(Field field) {
        return characters(field, false, " decimal digits");
    }

    long number(Field field) {
        return Long.parseLong(digits(field));
    }

    /** A number that must lie in {@code min..max} (e.g. a batch sequence from 000001). */
    long number(Field field, long min, long max) {
        long value = number(field);
        if (value < min || value > max) {
            throw fault(field, "'" + value(field) + "' is outside " + Ascii.digits(min, field.length())
                    + ".." + Ascii.digits(max, field.length()));
        }
        return value;
    }

    String upperHex(Field field) {
        return characters(field, true, " upper-case hex digits");
    }

    private String characters(Field field, boolean hex, String kind) {
        for (int i = field.start(); i < field.end(); i++) {
            byte b = content[i];
            if (!((b >= '0' && b <= '9') || (hex && b >= 'A' && b <= 'F'))) {
                throw fault(field, "'" + value(field) + "' is not " + field.length() + kind + " (found '"
                        + printable(content, i, i + 1) + "' at position " + (i + 1) + ")");
            }
        }
        return ascii(field);
    }

    LocalDate date(Field field) {
        return temporal(field, Ascii.DATE, LocalDate::from, "date yyyyMMdd");
    }

    LocalDateTime dateTime(Field field) {
        String text = digits(field);
        // by hand, not DateTimeFormatter: this runs once per detail line of an upload; the same
        // strict rules (four-digit year, every field in its calendar range, no leap second)
        try {
            return LocalDateTime.of(Integer.parseInt(text, 0, 4, 10), Integer.parseInt(text, 4, 6, 10),
                    Integer.parseInt(text, 6, 8, 10), Integer.parseInt(text, 8, 10, 10), Integer.parseInt(text, 10, 12, 10),
                    Integer.parseInt(text, 12, 14, 10));
        } catch (java.time.DateTimeException e) {
            throw fault(field, "'" + text + "' is not a valid time yyyyMMddHHmmss");
        }
    }

    YearMonth yearMonth(Field field) {
        return temporal(field, Ascii.YEAR_MONTH, YearMonth::from, "period yyyyMM");
    }

    LocalTime hourMinute(Field field) {
        return temporal(field, Ascii.HOUR_MINUTE, LocalTime::from, "time of day HHmm");
    }

    private <T> T temporal(Field field, DateTimeFormatter format, TemporalQuery<T> query, String what) {
        String text = digits(field);
        try {
            return format.parse(text, query);
        } catch (DateTimeParseException e) {
            throw fault(field, "'" + text + "' is not a valid " + what);
        }
    }

    /** The field as ASCII after checking it holds only printable characters. */
    String printableText(Field field) {
        for (int i = field.start(); i < field.end(); i++) {
            if (content[i] < 0x21 || content[i] > 0x7E) {
                throw fault(field, "'" + value(field) + "' holds a space or a non-printable character at position " + (i + 1));
            }
        }
        return ascii(field);
    }

    FormatException fault(Field field, String reason) {
        return new FormatException(new FormatFault(code, lineNumber, field.name(), field.position(), reason));
    }

    private String ascii(Field field) {
        return new String(content, field.start(), field.length(), StandardCharsets.US_ASCII);
    }

    private String value(Field field) {
        return printable(content, field.start(), field.end());
    }

    /** Bytes as text, with anything that is not printable ASCII written as \xNN. */
    static String printable(byte[] bytes, int from, int to) {
        StringBuilder text = new StringBuilder();
        for (int i = from; i < to; i++) {
            int b = bytes[i] & 0xFF;
            if (b >= 0x20 && b <= 0x7E) {
                text.append((char) b);
            } else {
                text.append(String.format("\\x%02X", b));
            }
        }
        return text.toString();
    }
}
