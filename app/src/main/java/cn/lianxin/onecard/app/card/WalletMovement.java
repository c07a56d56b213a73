package cn.lianxin.onecard.app.card;

import java.time.Instant;

/**
 * One movement of a card's money as the centre records it.
 *
 * @param cardCounter the card's transaction counter after it, or null for a movement that
 *                    happened only in the records (a balance transfer to a replacement card)
 */
public record WalletMovement(Kind kind, long amountFen, long balanceAfterFen, Integer cardCounter, String place,
                             Instant occurredAt) {

    public enum Kind {
        RECHARGE, DEBIT, TRANSFER_IN, TRANSFER_OUT, REFUND
    }
}
