package cn.lianxin.onecard.app.card;

/** Where a card is in its life. */
public enum CardStatus {
    /** Known to the centre, not yet personalised. */
    BLANK,
    /** Personalised and sold; waiting for community sign-off or activation. */
    ISSUED,
    /** In use. */
    ACTIVE,
    /** Reported lost: blacklisted (reason 01) until its balance moves to a replacement. */
    LOST,
    /** Lost, and its balance has moved to the replacement card. */
    REPLACED,
    /** Handed back; balance and deposit refunded. */
    RETURNED,
    /** Past its expiry date. */
    EXPIRED
}
