package cn.lianxin.onecard.integration.format;

import java.util.Optional;

/** What the door access system says to a blacklisted card (BLE1 line, 2 digits). */
public enum DoorPrompt {
    /** {@code 00} no prompt. */
    NONE("00", ""),
    /** {@code 01} "please pay your property fee". */
    PAY_PROPERTY_FEE("01", "please pay your property fee"),
    /** {@code 02} "this card is reported lost — access refused". */
    CARD_REPORTED_LOST("02", "this card is reported lost — access refused");

    private final String code;
    private final String text;

    DoorPrompt(String code, String text) {
        this.code = code;
        this.text = text;
    }

    /** The two-digit code written in the file. */
    public String code() {
        return code;
    }

    /** The words of the prompt (empty for {@link #NONE}). */
    public String text() {
        return text;
    }

    /** The prompt written as {@code code}, if there is one. */
    public static Optional<DoorPrompt> ofCode(String code) {
        for (DoorPrompt value : values()) {
            if (value.code.equals(code)) {
                return Optional.of(value);
            }
        }
        return Optional.empty();
    }
}
