package cn.lianxin.onecard.integration.format;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;

/**
 * Checks and fixed-width formatting shared by the records (which refuse bad values with
 * {@link IllegalArgumentException}) and the writers.
 */
final class Ascii {

    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuuMMdd").withResolverStyle(ResolverStyle.STRICT);
    static final DateTimeFormatter DATE_TIME =
            DateTimeFormatter.ofPattern("uuuuMMddHHmmss").withResolverStyle(ResolverStyle.STRICT);
    static final DateTimeFormatter YEAR_MONTH = DateTimeFormatter.ofPattern("uuuuMM").withResolverStyle(ResolverStyle.STRICT);
    static final DateTimeFormatter HOUR_MINUTE = DateTimeFormatter.ofPattern("HHmm").withResolverStyle(ResolverStyle.STRICT);

    private Ascii() {
    }

    static boolean isDigits(String value, int length) {
        if (value == null || value.length() != length) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            char c = value.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    static boolean isUpperHex(String value, int length) {
        if (value == null || value.length() != length) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            char c = value.charAt(i);
            if (!((c >= '0' && c <= '9') || (c >= 'A' && c <= 'F'))) {
                return false;
            }
        }
        return true;
    }

    static String requireDigits(String name, String value, int length) {
        if (!isDigits(value, length)) {
            throw new IllegalArgumentException(name + " must be " + length + " decimal digits, was " + shown(value));
        }
        return value;
    }

    static String requireUpperHex(String name, String value, int length) {
        if (!isUpperHex(value, length)) {
            throw new IllegalArgumentException(name + " must be " + length + " upper-case hex digits, was " + shown(value));
        }
        return value;
    }

    static long requireRange(String name, long value, long min, long max) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(name + " must be " + min + ".." + max + ", was " + value);
        }
        return value;
    }

    static <T> T requireNonNull(String name, T value) {
        if (value == null) {
            throw new IllegalArgumentException(name + " must not be null");
        }
        return value;
    }

    /** The largest value {@code width} decimal digits hold. */
    static long maxOfWidth(int width) {
        long max = 1;
        for (int i = 0; i < width; i++) {
            max *= 10;
        }
        return max - 1;
    }

    /** {@code value} zero-padded on the left to {@code width} digits. */
    static String digits(long value, int width) {
        String text = Long.toString(value);
        if (value < 0 || text.length() > width) {
            throw new IllegalArgumentException(value + " does not fit " + width + " digits");
        }
        return "0".repeat(width - text.length()) + text;
    }

    static String date(LocalDate date) {
        return DATE.format(date);
    }

    static String dateTime(LocalDateTime dateTime) {
        return DATE_TIME.format(dateTime);
    }

    /** A value for a message: short printable strings quoted, others described. */
    static String shown(String value) {
        if (value == null) {
            return "null";
        }
        if (value.length() > 40) {
            return value.length() + " characters";
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < 0x20 || c > 0x7E) {
                return value.length() + " characters, not all printable ASCII";
            }
        }
        return "'" + value + "'";
    }
}
