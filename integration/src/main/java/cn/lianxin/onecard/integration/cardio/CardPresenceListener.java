package cn.lianxin.onecard.integration.cardio;

/**
 * Told when a card is put on or taken off a reader. Called on the monitor's thread (for PC/SC a
 * daemon thread, for the simulator the thread that moved the card): keep it short and hand
 * work elsewhere. An exception it throws is logged and does not stop the monitor.
 */
@FunctionalInterface
public interface CardPresenceListener {

    /** A card was presented or removed. */
    void onCardPresence(CardPresenceEvent event);
}
