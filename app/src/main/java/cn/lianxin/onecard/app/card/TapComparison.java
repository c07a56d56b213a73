package cn.lianxin.onecard.app.card;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

/**
 * Compares what a card shows when it is tapped with its shadow account — the balance and counter
 * the centre's records derive. Money moves onto a card only online (recharges at outlets), while
 * consumption may reach the centre later (terminal uploads), so a card may legitimately be ahead
 * of its shadow in counter and behind it in balance, never the other way round.
 */
public final class TapComparison {

    /** What a tap showed that the records do not explain. */
    public enum Anomaly {
        /** The card holds more money than the records allow: value that no outlet counted. */
        BALANCE_ABOVE_SHADOW,
        /** The card's counter is below one the centre has already counted: an old image restored. */
        COUNTER_WENT_BACK,
        /** The same counter was seen with two different balances: a cloned card. */
        CLONE_SUSPECTED
    }

    /** One anomaly and its explanation in words. */
    public record Finding(Anomaly anomaly, String detail) {
    }

    private TapComparison() {
    }

    /**
     * @param cardBalanceFen    balance on the card
     * @param cardCounter       transaction counter on the card
     * @param shadowBalanceFen  balance of the shadow account
     * @param shadowCounter     counter of the shadow account (the highest the centre counted)
     * @param recordedBalanceAtCardCounter the balance the centre recorded for the card's counter,
     *                          if it counted a transaction with that counter
     */
    public static List<Finding> compare(long cardBalanceFen, int cardCounter, long shadowBalanceFen, int shadowCounter,
                                        OptionalLong recordedBalanceAtCardCounter) {
        List<Finding> findings = new ArrayList<>();
        if (cardCounter < shadowCounter) {
            findings.add(new Finding(Anomaly.COUNTER_WENT_BACK, "card counter " + cardCounter
                    + " is below " + shadowCounter + ", already counted by the centre"));
        }
        if (recordedBalanceAtCardCounter.isPresent() && recordedBalanceAtCardCounter.getAsLong() != cardBalanceFen) {
            findings.add(new Finding(Anomaly.CLONE_SUSPECTED, "counter " + cardCounter + " was counted with balance "
                    + recordedBalanceAtCardCounter.getAsLong() + " fen and is now seen with " + cardBalanceFen + " fen"));
        } else if (cardBalanceFen > shadowBalanceFen) {
            findings.add(new Finding(Anomaly.BALANCE_ABOVE_SHADOW, "card holds " + cardBalanceFen
                    + " fen, the records allow at most " + shadowBalanceFen + " fen"));
        }
        return findings;
    }
}
