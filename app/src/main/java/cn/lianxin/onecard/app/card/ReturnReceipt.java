package cn.lianxin.onecard.app.card;

/**
 * The refund of a returned card: what the card held plus the deposit, minus the return fee of the
 * card-fee rules, paid out at the counter.
 */
public record ReturnReceipt(String cardNo, long balanceFen, long depositFen, long feeFen, String feeRule, long refundFen) {
}
