package cn.lianxin.onecard.integration.format;

import java.util.Optional;

/** What a blacklist entry does: add the card to, or delete it from, the community's list. */
public enum BlacklistOperation {
    /** {@code A} add. */
    ADD('A'),
    /** {@code D} delete. */
    DELETE('D');

    private final char code;

    BlacklistOperation(char code) {
        this.code = code;
    }

    /** The one-letter code written in the file. */
    public char code() {
        return code;
    }

    /** The operation written as {@code code}, if there is one. */
    public static Optional<BlacklistOperation> ofCode(char code) {
        for (BlacklistOperation value : values()) {
            if (value.code == code) {
                return Optional.of(value);
            }
        }
        return Optional.empty();
    }
}
