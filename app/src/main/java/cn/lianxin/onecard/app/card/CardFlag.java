package cn.lianxin.onecard.app.card;

import java.time.Instant;

/** An anomaly seen when the card was tapped, open until staff resolve it. */
public record CardFlag(String kind, String detail, Instant raisedAt, String place) {
}
