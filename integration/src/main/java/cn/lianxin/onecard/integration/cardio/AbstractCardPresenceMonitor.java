package cn.lianxin.onecard.integration.cardio;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The listener and future bookkeeping shared by presence monitors: a subclass calls
 * {@link #cardPresented()} and {@link #cardRemoved()} when it sees a change; repeated reports of
 * the same state are ignored, so listeners see presented and removed strictly alternating.
 */
public abstract class AbstractCardPresenceMonitor implements CardPresenceMonitor {

    private static final Logger log = LoggerFactory.getLogger(AbstractCardPresenceMonitor.class);

    private final String readerName;
    private final Clock clock;
    private final List<CardPresenceListener> listeners = new CopyOnWriteArrayList<>();
    private final List<CompletableFuture<CardPresenceEvent>> waitingForPresent = new ArrayList<>();
    private final List<CompletableFuture<CardPresenceEvent>> waitingForAbsent = new ArrayList<>();
    private boolean present;
    private boolean closed;

    /** A monitor of {@code readerName} starting in state {@code initiallyPresent}. */
    protected AbstractCardPresenceMonitor(String readerName, boolean initiallyPresent, Clock clock) {
        this.readerName = Objects.requireNonNull(readerName, "readerName");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.present = initiallyPresent;
    }

    @Override
    public String readerName() {
        return readerName;
    }

    @Override
    public synchronized boolean isCardPresent() {
        return present;
    }

    @Override
    public void addListener(CardPresenceListener listener) {
        listeners.add(Objects.requireNonNull(listener, "listener"));
    }

    @Override
    public void removeListener(CardPresenceListener listener) {
        listeners.remove(listener);
    }

    @Override
    public synchronized CompletableFuture<CardPresenceEvent> whenCardPresent() {
        return waitFor(CardPresenceEvent.Kind.PRESENTED);
    }

    @Override
    public synchronized CompletableFuture<CardPresenceEvent> whenCardAbsent() {
        return waitFor(CardPresenceEvent.Kind.REMOVED);
    }

    private CompletableFuture<CardPresenceEvent> waitFor(CardPresenceEvent.Kind kind) {
        boolean already = present == (kind == CardPresenceEvent.Kind.PRESENTED);
        if (already) {
            return CompletableFuture.completedFuture(new CardPresenceEvent(readerName, kind, clock.instant()));
        }
        CompletableFuture<CardPresenceEvent> future = new CompletableFuture<>();
        if (closed) {
            future.cancel(false);
            return future;
        }
        (kind == CardPresenceEvent.Kind.PRESENTED ? waitingForPresent : waitingForAbsent).add(future);
        return future;
    }

    /** Reports that a card is now present; fires an event if it was not before. */
    protected final void cardPresented() {
        changeTo(true);
    }

    /** Reports that no card is present now; fires an event if one was before. */
    protected final void cardRemoved() {
        changeTo(false);
    }

    private void changeTo(boolean nowPresent) {
        CardPresenceEvent event;
        List<CompletableFuture<CardPresenceEvent>> toComplete;
        synchronized (this) {
            if (closed || present == nowPresent) {
                return;
            }
            present = nowPresent;
            event = new CardPresenceEvent(readerName,
                    nowPresent ? CardPresenceEvent.Kind.PRESENTED : CardPresenceEvent.Kind.REMOVED, clock.instant());
            List<CompletableFuture<CardPresenceEvent>> waiting = nowPresent ? waitingForPresent : waitingForAbsent;
            toComplete = new ArrayList<>(waiting);
            waiting.clear();
        }
        log.debug("reader {}: card {}", readerName, event.kind());
        for (CardPresenceListener listener : listeners) {
            try {
                listener.onCardPresence(event);
            } catch (RuntimeException e) {
                log.warn("reader {}: a card presence listener failed on {}", readerName, event.kind(), e);
            }
        }
        toComplete.forEach(f -> f.complete(event));
    }

    /** Marks the monitor closed, drops listeners and cancels pending futures; subclasses stop watching too. */
    @Override
    public void close() {
        List<CompletableFuture<CardPresenceEvent>> toCancel;
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
            toCancel = new ArrayList<>(waitingForPresent);
            toCancel.addAll(waitingForAbsent);
            waitingForPresent.clear();
            waitingForAbsent.clear();
        }
        listeners.clear();
        toCancel.forEach(f -> f.cancel(false));
    }

    /** Whether {@link #close()} was called. */
    protected final synchronized boolean isClosed() {
        return closed;
    }
}
