package cn.lianxin.onecard.app.archive;

/**
 * The forms of the identifiers of docs/specs/interfaces.md §1, as regular expressions for
 * request validation, each with the message a caller sees when a value does not fit.
 */
public final class Identifiers {

    public static final String EIGHT_DIGITS = "\\d{8}";
    public static final String EIGHT_DIGITS_MESSAGE = "must be exactly 8 digits";
    public static final String HOUSEHOLD_ID = "\\d{12}";
    public static final String HOUSEHOLD_ID_MESSAGE = "must be exactly 12 digits";
    public static final String PSAM_ID = "[0-9A-F]{12}";
    public static final String PSAM_ID_MESSAGE = "must be exactly 12 upper-case hex digits";
    public static final String CARD_NO = "\\d{16}";
    public static final String CARD_NO_MESSAGE = "must be exactly 16 digits";
    public static final String CARD_UID = "[0-9A-F]{8}";
    public static final String CARD_UID_MESSAGE = "must be exactly 8 upper-case hex digits";

    private Identifiers() {
    }
}
