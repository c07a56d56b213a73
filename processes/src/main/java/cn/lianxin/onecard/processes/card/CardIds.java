package cn.lianxin.onecard.processes.card;

import java.util.regex.Pattern;

/**
 * The identifier forms of interfaces.md §1 that the card processes carry as variables. Every value
 * entering a process (start, message, port answer) passes one of these checks, so a malformed id is
 * refused at the door with the field named, never discovered later inside a job.
 */
public final class CardIds {

    private static final Pattern CARD_NUMBER = Pattern.compile("\\d{16}");
    private static final Pattern CARD_UID = Pattern.compile("[0-9A-F]{8}");
    private static final Pattern HOUSEHOLD_ID = Pattern.compile("\\d{12}");
    private static final Pattern EIGHT_DIGITS = Pattern.compile("\\d{8}");
    private static final Pattern TEXT_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,63}");

    private CardIds() {
    }

    /** 16 digits, e.g. {@code 3203000000000001}. */
    public static String cardNumber(String field, String value) {
        return require(field, value, CARD_NUMBER, "16 digits");
    }

    /** MIFARE Classic 4-byte NUID as 8 upper-case hex digits, e.g. {@code A1B2C3D4}. */
    public static String cardUid(String field, String value) {
        return require(field, value, CARD_UID, "8 upper-case hex digits");
    }

    /** 12 digits, e.g. {@code 000000001234}. */
    public static String householdId(String field, String value) {
        return require(field, value, HOUSEHOLD_ID, "12 digits");
    }

    /** Community, outlet and terminal (outlet reader) ids: 8 digits, e.g. {@code 32030101}. */
    public static String eightDigits(String field, String value) {
        return require(field, value, EIGHT_DIGITS, "8 digits");
    }

    /** Application ids and card type codes: 1–64 letters, digits, '-' or '_'. */
    public static String textId(String field, String value) {
        return require(field, value, TEXT_ID, "1-64 letters, digits, '-' or '_'");
    }

    private static String require(String field, String value, Pattern form, String description) {
        if (value == null || !form.matcher(value).matches()) {
            throw new IllegalArgumentException(field + " must be " + description + ", was "
                    + (value == null ? "missing" : "'" + value + "'"));
        }
        return value;
    }
}
