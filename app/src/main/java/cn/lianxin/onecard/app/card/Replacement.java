package cn.lianxin.onecard.app.card;

/** A replacement card for a lost one, and the replacement fee the card-fee rules charge (cash at the counter). */
public record Replacement(IssuedCard card, long replacementFeeFen, String feeRule) {
}
