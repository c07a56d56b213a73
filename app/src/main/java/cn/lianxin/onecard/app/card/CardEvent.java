package cn.lianxin.onecard.app.card;

import java.time.Instant;

/** One entry of a card's append-only history: what happened, who did it, where, when, before and after. */
public record CardEvent(String cardNo, Type type, String actor, String place, Instant occurredAt, Long amountFen,
                        String before, String after, String detail) {

    public enum Type {
        ISSUED, ACTIVATED, RECHARGED, SIGNED_OFF, LOSS_REPORTED, BALANCE_TRANSFERRED, REPLACED, RETURNED, TAPPED,
        FLAGGED, BLACKLISTED, EXPIRED, PENDING_LOADED
    }
}
