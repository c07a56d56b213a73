package cn.lianxin.onecard.app.card;

import java.time.LocalDateTime;

/** The receipt of a recharge: what the card holds now, as the card confirmed it. */
public record RechargeReceipt(String cardNo, String uid, long amountFen, long balanceBeforeFen, long balanceAfterFen,
                              int cardCounter, LocalDateTime time, String readerId) {
}
