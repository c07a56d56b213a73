package cn.lianxin.onecard.integration.format;

import java.util.Optional;

/** The reason codes of interfaces.md §4, as written in ACK files. */
public enum ReasonCode {
    /** Name, header, trailer or line length malformed. */
    F001(Level.FILE, "name, header, trailer or line length malformed"),
    /** File MAC wrong. */
    F002(Level.FILE, "file MAC wrong"),
    /** Trailer count or total disagrees with the details. */
    F003(Level.FILE, "trailer count or total disagrees with the details"),
    /** Batch sequence already received with other content, or out of order. */
    F004(Level.FILE, "batch sequence already received with other content, or out of order"),
    /** Unknown community, or community not under this property centre. */
    F005(Level.FILE, "unknown community, or community not under this property centre"),
    /** Field malformed (non-digit, bad date, bad hex). */
    R001(Level.RECORD, "field malformed (non-digit, bad date, bad hex)"),
    /** TAC wrong. */
    R002(Level.RECORD, "TAC wrong"),
    /** Unknown card number, or UID does not match the card. */
    R003(Level.RECORD, "unknown card number, or UID does not match the card"),
    /** Balance arithmetic wrong (after ≠ before − amount). */
    R004(Level.RECORD, "balance arithmetic wrong (after ≠ before − amount)"),
    /** Terminal or PSAM not registered to this community. */
    R005(Level.RECORD, "terminal or PSAM not registered to this community"),
    /** Bill reference names no open bill of that household. */
    R006(Level.RECORD, "bill reference names no open bill of that household"),
    /**
     * Card counter already used by another transaction of this card (a replay or a clone) — the
     * project's extension of §4 (docs/formats.md).
     */
    R007(Level.RECORD, "card counter already used by another transaction of this card");

    /** Whether a code rejects the whole file or one record. */
    public enum Level {
        /** The file is rejected as a whole (ACK status {@code R}). */
        FILE,
        /** One record is rejected; the others may be accepted (ACK status {@code P}). */
        RECORD
    }

    private final Level level;
    private final String meaning;

    ReasonCode(Level level, String meaning) {
        this.level = level;
        this.meaning = meaning;
    }

    /** File or record level. */
    public Level level() {
        return level;
    }

    /** Whether this code rejects a whole file. */
    public boolean isFileLevel() {
        return level == Level.FILE;
    }

    /** The meaning as interfaces.md §4 gives it. */
    public String meaning() {
        return meaning;
    }

    /** The code as written in files: the constant's name. */
    public String code() {
        return name();
    }

    /** The reason code written as {@code code}, if there is one. */
    public static Optional<ReasonCode> ofCode(String code) {
        for (ReasonCode value : values()) {
            if (value.name().equals(code)) {
                return Optional.of(value);
            }
        }
        return Optional.empty();
    }
}
