package cn.lianxin.onecard.app.cardholder;

/** Holder categories of the card's public-information area; fee discounts depend on them. */
public enum HolderCategory {
    ADULT, STUDENT, SENIOR, STAFF, SUBSIDISED
}
