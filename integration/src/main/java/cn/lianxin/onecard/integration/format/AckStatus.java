package cn.lianxin.onecard.integration.format;

import java.util.Optional;

/** Outcome of an upload as the ACK header states it. */
public enum AckStatus {
    /** {@code A} all records accepted (duplicates included). */
    ACCEPTED('A'),
    /** {@code P} partly: some records rejected. */
    PARTLY_ACCEPTED('P'),
    /** {@code R} the file was rejected as a whole. */
    REJECTED('R');

    private final char code;

    AckStatus(char code) {
        this.code = code;
    }

    /** The one-letter code written in the file. */
    public char code() {
        return code;
    }

    /** The status written as {@code code}, if there is one. */
    public static Optional<AckStatus> ofCode(char code) {
        for (AckStatus value : values()) {
            if (value.code == code) {
                return Optional.of(value);
            }
        }
        return Optional.empty();
    }
}
