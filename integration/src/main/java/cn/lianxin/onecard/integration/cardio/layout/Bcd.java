package cn.lianxin.onecard.integration.cardio.layout;

import java.time.DateTimeException;
import java.time.LocalDate;

/** Packed BCD: two decimal digits a byte, the first digit in the high nibble. */
final class Bcd {

    private Bcd() {
    }

    /** Packs {@code digits} (an even number of them) into {@code target} at {@code offset}. */
    static void put(byte[] target, int offset, String digits, String field) {
        if (digits == null || digits.length() % 2 != 0 || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new IllegalArgumentException(field + " must be an even number of decimal digits, was \"" + digits + "\"");
        }
        for (int i = 0; i < digits.length() / 2; i++) {
            int high = digits.charAt(2 * i) - '0';
            int low = digits.charAt(2 * i + 1) - '0';
            target[offset + i] = (byte) (high << 4 | low);
        }
    }

    /** Packs {@code digits}, which must have exactly {@code length} digits. */
    static void put(byte[] target, int offset, String digits, int length, String field) {
        if (digits == null || digits.length() != length) {
            throw new IllegalArgumentException(field + " must be " + length + " digits, was \"" + digits + "\"");
        }
        put(target, offset, digits, field);
    }

    /** Unpacks {@code bytes} bytes as 2·bytes digits; throws on a nibble above 9. */
    static String get(byte[] source, int offset, int bytes, String field) {
        StringBuilder digits = new StringBuilder(bytes * 2);
        for (int i = 0; i < bytes; i++) {
            int b = source[offset + i] & 0xFF;
            int high = b >>> 4;
            int low = b & 0x0F;
            if (high > 9 || low > 9) {
                throw new CardLayoutException(field + ": byte " + (offset + i) + " is not BCD ("
                        + String.format("%02X", b) + ")");
            }
            digits.append((char) ('0' + high)).append((char) ('0' + low));
        }
        return digits.toString();
    }

    /** Packs a date as yyyyMMdd (4 bytes). */
    static void putDate(byte[] target, int offset, LocalDate date, String field) {
        if (date == null || date.getYear() < 0 || date.getYear() > 9999) {
            throw new IllegalArgumentException(field + " must be a date in years 0000-9999, was " + date);
        }
        put(target, offset, String.format("%04d%02d%02d", date.getYear(), date.getMonthValue(), date.getDayOfMonth()), field);
    }

    /** Unpacks a yyyyMMdd date; throws if it is not a calendar date. */
    static LocalDate getDate(byte[] source, int offset, String field) {
        String digits = get(source, offset, 4, field);
        try {
            return LocalDate.of(Integer.parseInt(digits.substring(0, 4)), Integer.parseInt(digits.substring(4, 6)),
                    Integer.parseInt(digits.substring(6, 8)));
        } catch (DateTimeException e) {
            throw new CardLayoutException(field + ": " + digits + " is not a date");
        }
    }
}
