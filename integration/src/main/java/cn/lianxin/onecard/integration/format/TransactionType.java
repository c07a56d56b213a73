package cn.lianxin.onecard.integration.format;

import java.util.Optional;

/** Type of a wallet transaction in a CONS detail line (position 5, 2 characters). */
public enum TransactionType {
    /** {@code 01} property fee. */
    PROPERTY_FEE("01"),
    /** {@code 02} parking fee. */
    PARKING_FEE("02"),
    /** {@code 03} other community service. */
    OTHER_SERVICE("03");

    private final String code;

    TransactionType(String code) {
        this.code = code;
    }

    /** The two-digit code written in the file. */
    public String code() {
        return code;
    }

    /** The type written as {@code code}, if there is one. */
    public static Optional<TransactionType> ofCode(String code) {
        for (TransactionType value : values()) {
            if (value.code.equals(code)) {
                return Optional.of(value);
            }
        }
        return Optional.empty();
    }
}
