package cn.lianxin.onecard.app.card;

/** Blacklist reasons of interfaces.md §3.3. */
public enum BlacklistReason {
    REPORTED_LOST("01"), FEE_OVERDUE("02"), CARD_RETURNED("03"), SUSPECTED_FRAUD("04");

    private final String code;

    BlacklistReason(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }
}
