package cn.lianxin.onecard.integration.keys;

/** Argument checks shared by this package; messages name the argument, never key bytes. */
final class Args {

    private Args() {
    }

    static void requireLength(String name, byte[] value, int length) {
        if (value == null) {
            throw new IllegalArgumentException(name + " must not be null");
        }
        if (value.length != length) {
            throw new IllegalArgumentException(
                    name + " must be " + length + " bytes, was " + value.length + " bytes");
        }
    }

    static void requireNonNull(String name, Object value) {
        if (value == null) {
            throw new IllegalArgumentException(name + " must not be null");
        }
    }

    /**
     * Checks that {@code value} is exactly {@code length} characters from {@code 0-9} (and,
     * when {@code hex}, {@code A-F}; lower case is refused because the spec writes upper case).
     */
    static void requireChars(String name, String value, int length, boolean hex) {
        requireNonNull(name, value);
        String kind = hex ? "upper-case hex digits" : "decimal digits";
        if (value.length() != length) {
            throw new IllegalArgumentException(name + " must be " + length + " " + kind
                    + ", was " + value.length() + " characters" + quoted(value));
        }
        for (int i = 0; i < length; i++) {
            char c = value.charAt(i);
            boolean ok = (c >= '0' && c <= '9') || (hex && c >= 'A' && c <= 'F');
            if (!ok) {
                throw new IllegalArgumentException(name + " must be " + length + " " + kind
                        + ", found '" + printable(c) + "' at position " + (i + 1) + quoted(value));
            }
        }
    }

    /** Identifiers are not secret, but an absurdly long or binary argument is not echoed. */
    private static String quoted(String value) {
        if (value.length() > 40) {
            return "";
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < 0x20 || c > 0x7E) {
                return "";
            }
        }
        return " ('" + value + "')";
    }

    private static String printable(char c) {
        return (c >= 0x20 && c <= 0x7E) ? String.valueOf(c) : String.format("\\u%04X", (int) c);
    }
}
