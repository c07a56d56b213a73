package cn.lianxin.onecard.integration.cardio;

import java.time.Instant;
import java.util.Objects;

/**
 * A card was put on a reader or taken away from it.
 *
 * @param readerName the reader
 * @param kind presented or removed
 * @param at when the monitor noticed it
 */
public record CardPresenceEvent(String readerName, Kind kind, Instant at) {

    /** What happened to the card. */
    public enum Kind {
        /** A card entered the reader's field. */
        PRESENTED,
        /** The card left the reader's field (taken away or torn). */
        REMOVED
    }

    /** Checks the fields are present. */
    public CardPresenceEvent {
        Objects.requireNonNull(readerName, "readerName");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(at, "at");
    }
}
