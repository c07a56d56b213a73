package cn.lianxin.onecard.integration.cardio.pcsc;

import java.time.Clock;
import java.time.Duration;
import java.util.Objects;

import javax.smartcardio.CardException;
import javax.smartcardio.CardTerminal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import cn.lianxin.onecard.integration.cardio.AbstractCardPresenceMonitor;

/**
 * Watches a PC/SC reader on a daemon thread by asking {@code CardTerminal.isCardPresent()} (an
 * immediate {@code SCardGetStatusChange}) once per poll interval, so that {@link #close()} stops
 * the thread within one interval. A PC/SC error is logged once per streak and retried after one
 * interval; the monitor keeps running (a reader unplugged and plugged back is picked up again).
 *
 * <p>It does not block in {@code waitForCardPresent}/{@code waitForCardAbsent}: javax.smartcardio
 * holds one PC/SC context per JVM and pcsc-lite serialises the calls on a context, so a blocked
 * wait holds up every command of every card session until it times out. Measured through pcscd
 * with a 500 ms wait: each APDU took 500 ms, a card issuance 30 s instead of 0.1 s. The price of
 * polling: a card taken off and put back within one interval raises no events (a session on it
 * fails with {@code SCARD_W_REMOVED_CARD} all the same).
 */
public final class PcscCardPresenceMonitor extends AbstractCardPresenceMonitor {

    private static final Logger log = LoggerFactory.getLogger(PcscCardPresenceMonitor.class);

    private final CardTerminal terminal;
    private final long pollMillis;
    private final Thread thread;
    private final Object pauseLock = new Object();
    private volatile boolean running = true;

    private PcscCardPresenceMonitor(CardTerminal terminal, boolean present, Duration poll, Clock clock) {
        super(terminal.getName(), present, clock);
        this.terminal = terminal;
        this.pollMillis = Math.max(1, poll.toMillis());
        this.thread = new Thread(this::watch, "card-presence-" + terminal.getName());
        this.thread.setDaemon(true);
    }

    /**
     * Starts watching {@code terminal}. The current state is read first and reported by
     * {@link #isCardPresent()} without an event; every later change fires one.
     */
    public static PcscCardPresenceMonitor start(CardTerminal terminal, Duration poll, Clock clock) {
        Objects.requireNonNull(terminal, "terminal");
        Objects.requireNonNull(poll, "poll");
        boolean present;
        try {
            present = terminal.isCardPresent();
        } catch (CardException e) {
            throw new PcscReaderUnavailableException("cannot watch reader \"" + terminal.getName() + "\": "
                    + PcscApduChannel.pcscReason(e), e);
        }
        PcscCardPresenceMonitor monitor = new PcscCardPresenceMonitor(terminal, present, poll, clock);
        monitor.thread.start();
        return monitor;
    }

    private void watch() {
        boolean failing = false;
        while (running) {
            try {
                boolean present = terminal.isCardPresent();
                if (running) {
                    if (present) {
                        cardPresented();
                    } else {
                        cardRemoved();
                    }
                }
                failing = false;
            } catch (CardException | RuntimeException e) {
                if (!failing) {
                    log.warn("reader {}: watching for cards failed ({}); retrying every {} ms",
                            readerName(), PcscApduChannel.pcscReason(e), pollMillis);
                    failing = true;
                }
            }
            if (!pause()) {
                return;
            }
        }
    }

    /** Waits one poll interval without holding the PC/SC context; false when closing. */
    private boolean pause() {
        synchronized (pauseLock) {
            try {
                if (running) {
                    pauseLock.wait(pollMillis);
                }
                return running;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
    }

    /** Stops the watching thread (within one poll interval) and the event delivery. */
    @Override
    public void close() {
        running = false;
        super.close();
        synchronized (pauseLock) {
            pauseLock.notifyAll();
        }
        if (Thread.currentThread() != thread) {
            try {
                thread.join(pollMillis * 4 + 1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
