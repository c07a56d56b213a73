package cn.lianxin.onecard.app.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing from one source. Camunda locks a <em>user</em> for a while after
 * wrong passwords; someone trying many users from one address was never slowed down. More than
 * {@code max-failures} wrong logins from one address within {@code window} refuse every login
 * from it for {@code block} (answered 429 with {@code Retry-After}), without asking Camunda, so
 * the guesses neither continue nor lock the real users out. In memory, per node: a restart
 * forgets it, which costs an attacker a restart of ours.
 */
@Component
public class LoginThrottle {

    /** Addresses remembered at most; beyond it the oldest are forgotten first (a flood of sources stays bounded). */
    static final int MAX_SOURCES = 10_000;

    private final Clock clock;
    private final int maxFailures;
    private final Duration window;
    private final Duration block;
    private final Map<String, Source> sources = new ConcurrentHashMap<>();

    LoginThrottle(Clock clock,
                  @Value("${onecard.security.login-throttle.max-failures:20}") int maxFailures,
                  @Value("${onecard.security.login-throttle.window:PT10M}") Duration window,
                  @Value("${onecard.security.login-throttle.block:PT10M}") Duration block) {
        this.clock = clock;
        this.maxFailures = maxFailures;
        this.window = window;
        this.block = block;
    }

    /** How long logins from {@code source} are still refused; empty when they are not. */
    public Optional<Duration> blockedFor(String source) {
        Source s = source == null ? null : sources.get(source);
        if (s == null) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        synchronized (s) {
            return s.blockedUntil != null && s.blockedUntil.isAfter(now)
                    ? Optional.of(Duration.between(now, s.blockedUntil)) : Optional.empty();
        }
    }

    /** A wrong password (or unknown user) from {@code source}. */
    public void failed(String source) {
        if (source == null) {
            return;
        }
        if (sources.size() >= MAX_SOURCES) {
            forgetQuietSources();
        }
        Instant now = clock.instant();
        Source s = sources.computeIfAbsent(source, k -> new Source());
        synchronized (s) {
            s.failures.addLast(now);
            while (!s.failures.isEmpty() && !s.failures.peekFirst().isAfter(now.minus(window))) {
                s.failures.removeFirst();
            }
            if (s.failures.size() > maxFailures) {
                s.blockedUntil = now.plus(block);
                s.failures.clear();
            }
            s.last = now;
        }
    }

    private void forgetQuietSources() {
        Instant horizon = clock.instant().minus(window.compareTo(block) > 0 ? window : block);
        sources.entrySet().removeIf(e -> e.getValue().last.isBefore(horizon));
        if (sources.size() >= MAX_SOURCES) {
            sources.clear();
        }
    }

    private static final class Source {
        final Deque<Instant> failures = new ArrayDeque<>();
        Instant blockedUntil;
        Instant last = Instant.MIN;
    }
}
