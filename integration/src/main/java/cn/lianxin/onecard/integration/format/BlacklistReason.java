package cn.lianxin.onecard.integration.format;

import java.util.Optional;

/** Why a card is on the blacklist (BLE1 line, 2 digits). */
public enum BlacklistReason {
    /** {@code 01} reported lost. */
    REPORTED_LOST("01"),
    /** {@code 02} property fee overdue. */
    PROPERTY_FEE_OVERDUE("02"),
    /** {@code 03} card returned. */
    CARD_RETURNED("03"),
    /** {@code 04} suspected fraud. */
    SUSPECTED_FRAUD("04");

    private final String code;

    BlacklistReason(String code) {
        this.code = code;
    }

    /** The two-digit code written in the file. */
    public String code() {
        return code;
    }

    /** The reason written as {@code code}, if there is one. */
    public static Optional<BlacklistReason> ofCode(String code) {
        for (BlacklistReason value : values()) {
            if (value.code.equals(code)) {
                return Optional.of(value);
            }
        }
        return Optional.empty();
    }
}
