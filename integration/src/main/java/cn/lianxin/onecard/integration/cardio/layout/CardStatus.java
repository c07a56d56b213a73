package cn.lianxin.onecard.integration.cardio.layout;

/** The card status byte of the issuance area (block 4, byte 15). */
public enum CardStatus {
    /** In use. */
    ACTIVE(0x01),
    /** Reported lost by the holder. */
    REPORTED_LOST(0x02),
    /** Returned to the issuer. */
    RETURNED(0x03),
    /** On the blacklist. */
    BLACKLISTED(0x04);

    private final int code;

    CardStatus(int code) {
        this.code = code;
    }

    /** The byte stored on the card. */
    public int code() {
        return code;
    }

    /** The status stored as {@code code}. */
    public static CardStatus ofCode(int code) {
        for (CardStatus status : values()) {
            if (status.code == code) {
                return status;
            }
        }
        throw new CardLayoutException(String.format("issuance (block 4): unknown card status %02X", code));
    }
}
