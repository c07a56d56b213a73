package cn.lianxin.onecard.app.card;

/** A lost card's balance moved to its replacement, waiting to be loaded onto the new card. */
public record BalanceTransfer(String lostCardNo, String replacementCardNo, long amountFen) {
}
