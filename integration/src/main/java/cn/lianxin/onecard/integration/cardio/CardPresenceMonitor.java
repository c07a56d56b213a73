package cn.lianxin.onecard.integration.cardio;

import java.util.concurrent.CompletableFuture;

/**
 * Watches one reader and reports cards being presented and removed, so that a process step
 * waiting for the clerk to put the card down can continue when it happens. Implemented for PC/SC
 * readers ({@code pcsc.PcscCardPresenceMonitor}) and for the simulated reader.
 */
public interface CardPresenceMonitor extends AutoCloseable {

    /** The reader watched. */
    String readerName();

    /** Whether a card is in the field as far as the monitor last saw. */
    boolean isCardPresent();

    /** Registers {@code listener} for every later event. */
    void addListener(CardPresenceListener listener);

    /** Unregisters {@code listener}. */
    void removeListener(CardPresenceListener listener);

    /**
     * Completes with the next {@link CardPresenceEvent.Kind#PRESENTED} event, or at once (with an
     * event stamped now) if a card is already present.
     */
    CompletableFuture<CardPresenceEvent> whenCardPresent();

    /**
     * Completes with the next {@link CardPresenceEvent.Kind#REMOVED} event, or at once if no card
     * is present.
     */
    CompletableFuture<CardPresenceEvent> whenCardAbsent();

    /** Stops watching; pending futures are cancelled and no more events are delivered. */
    @Override
    void close();
}
