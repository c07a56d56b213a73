package cn.lianxin.onecard.app.card;

import java.time.Instant;

/** An open anomaly of a card for staff to look at: what a tap showed that the records do not explain. */
public record FlaggedCard(long flagId, String cardNo, String kind, String detail, Instant raisedAt, String place) {
}
