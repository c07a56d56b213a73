package cn.lianxin.onecard.integration.cardio.layout;

/**
 * The type byte of a transaction record. Debits use the consumption-upload detail types of
 * interfaces.md §3.1 (01, 02, 03); a recharge is {@code 80} (high bit set: money in).
 */
public enum TransactionType {
    /** Property fee (debit). */
    PROPERTY_FEE(0x01, false),
    /** Parking fee (debit). */
    PARKING_FEE(0x02, false),
    /** Other community service (debit). */
    OTHER_SERVICE(0x03, false),
    /** Recharge at an outlet (credit). */
    RECHARGE(0x80, true);

    private final int code;
    private final boolean credit;

    TransactionType(int code, boolean credit) {
        this.code = code;
        this.credit = credit;
    }

    /** The byte stored on the card. */
    public int code() {
        return code;
    }

    /** Whether money goes onto the card. */
    public boolean isCredit() {
        return credit;
    }

    /** The type stored as {@code code}. */
    public static TransactionType ofCode(int code) {
        for (TransactionType type : values()) {
            if (type.code == code) {
                return type;
            }
        }
        throw new CardLayoutException(String.format("transaction record: unknown type %02X", code));
    }
}
