package cn.lianxin.onecard.integration.cardio.wallet;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/** A clock that moves one minute on each reading, so successive transactions get distinct times. */
final class TickingClock extends Clock {

    private Instant now;
    private final ZoneId zone = ZoneId.of("Asia/Shanghai");

    TickingClock(Instant start) {
        this.now = start;
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException();
    }

    @Override
    public synchronized Instant instant() {
        now = now.plus(Duration.ofMinutes(1));
        return now;
    }
}
