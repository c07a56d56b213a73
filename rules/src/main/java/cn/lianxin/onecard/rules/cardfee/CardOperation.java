package cn.lianxin.onecard.rules.cardfee;

/** What a cardholder asks for at an outlet, as far as card fees are concerned. */
public enum CardOperation {

    /** 退卡: the card is handed back and its deposit refunded; a handling fee may be kept. */
    RETURN,

    /** 补卡: a new card for a lost or a damaged one; a replacement fee may be charged. */
    REPLACE
}
