package cn.lianxin.onecard.integration.cardio.layout;

/** The holder category of the public information area (block 12, byte 0). */
public enum HolderCategory {
    /** Adult. */
    ADULT(0x01),
    /** Student. */
    STUDENT(0x02),
    /** Senior citizen. */
    SENIOR(0x03),
    /** Staff. */
    STAFF(0x04),
    /** Subsidised holder. */
    SUBSIDISED(0x05);

    private final int code;

    HolderCategory(int code) {
        this.code = code;
    }

    /** The byte stored on the card. */
    public int code() {
        return code;
    }

    /** The category stored as {@code code}. */
    public static HolderCategory ofCode(int code) {
        for (HolderCategory category : values()) {
            if (category.code == code) {
                return category;
            }
        }
        throw new CardLayoutException(String.format("public information (block 12): unknown holder category %02X", code));
    }
}
