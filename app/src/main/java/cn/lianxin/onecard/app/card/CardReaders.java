package cn.lianxin.onecard.app.card;

import cn.lianxin.onecard.app.web.NotFoundException;
import cn.lianxin.onecard.integration.cardio.CardReaderAdapter;
import cn.lianxin.onecard.integration.cardio.pcsc.PcscCardSession;
import cn.lianxin.onecard.integration.cardio.pcsc.PcscReaders;
import cn.lianxin.onecard.integration.cardio.sim.SimulatedReader;
import cn.lianxin.onecard.integration.cardio.sim.VirtualMifareClassic1k;
import java.time.Clock;
import cn.lianxin.onecard.integration.cardio.CardPresenceEvent;
import cn.lianxin.onecard.integration.cardio.CardPresenceMonitor;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BiConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The card readers of the outlets, by outlet-reader terminal id. A reader named in
 * {@code onecard.readers.pcsc.<terminal id>} is a real PC/SC reader driven through
 * javax.smartcardio; otherwise, when {@code onecard.readers.simulated} is on (demo, tests), it is
 * a simulated reader holding virtual MIFARE Classic 1K cards. Either way the same
 * {@link CardReaderAdapter} code talks to the card, one operation per reader at a time.
 *
 * <p>Lock order of the card operations: this reader's monitor first, then the card's row
 * ({@code select … for update}, held until the operation's transaction ends). The monitor is left
 * when the card work returns, before the commit; the row lock is what keeps the next operation on
 * the same card — on this reader, another one, or another node — from reading the card before the
 * previous one's records are committed.
 */
@Component
public class CardReaders {

    private static final Logger log = LoggerFactory.getLogger(CardReaders.class);

    private final boolean simulatedEnabled;
    private final Map<String, String> pcscNames;
    private final Clock clock;
    private final Map<String, SimulatedReader> simulated = new ConcurrentHashMap<>();
    private final Map<String, VirtualMifareClassic1k> virtualCards = new ConcurrentHashMap<>();
    private final Map<String, Object> locks = new ConcurrentHashMap<>();
    private final List<BiConsumer<String, CardPresenceEvent>> presenceListeners = new CopyOnWriteArrayList<>();
    private final List<CardPresenceMonitor> pcscMonitors = new CopyOnWriteArrayList<>();

    CardReaders(@Value("${onecard.readers.simulated:false}") boolean simulatedEnabled, Environment environment,
                Clock clock) {
        this.simulatedEnabled = simulatedEnabled;
        this.pcscNames = Binder.get(environment).bind("onecard.readers.pcsc", Bindable.mapOf(String.class, String.class))
                .orElse(Map.of());
        this.clock = clock;
    }

    /**
     * Runs {@code work} with the card on reader {@code terminalId}, holding that reader for the
     * whole operation.
     */
    public <T> T withCard(String terminalId, Function<CardReaderAdapter, T> work) {
        synchronized (locks.computeIfAbsent(terminalId, id -> new Object())) {
            String pcscName = pcscNames.get(terminalId);
            if (pcscName != null) {
                try (PcscCardSession session = PcscReaders.system().connect(pcscName)) {
                    return work.apply(session.adapter());
                }
            }
            return work.apply(new CardReaderAdapter(simulatedReader(terminalId)));
        }
    }

    /**
     * Runs {@code work} holding reader {@code terminalId} without talking to its card yet (work that
     * locks a card row before it uses the reader keeps the lock order: reader, then card row).
     */
    public <T> T holding(String terminalId, java.util.function.Supplier<T> work) {
        synchronized (locks.computeIfAbsent(terminalId, id -> new Object())) {
            return work.get();
        }
    }

    /** The simulated reader of an outlet-reader terminal (demo and tests only). */
    public SimulatedReader simulatedReader(String terminalId) {
        if (!simulatedEnabled || pcscNames.containsKey(terminalId)) {
            throw new NotFoundException("simulated reader", terminalId);
        }
        return simulated.computeIfAbsent(terminalId, id -> {
            SimulatedReader reader = new SimulatedReader("Simulated reader " + id, clock);
            reader.presenceMonitor().addListener(event -> firePresence(id, event));
            return reader;
        });
    }

    /**
     * Tells {@code listener} when a card is put on or taken off any reader, with the reader's
     * terminal id. Called on the reader's thread: the request thread that moved a simulated card,
     * the monitor thread of a PC/SC reader.
     */
    public void addPresenceListener(BiConsumer<String, CardPresenceEvent> listener) {
        presenceListeners.add(listener);
    }

    /** Starts watching the configured PC/SC readers; a reader that cannot be watched is logged, not fatal. */
    @PostConstruct
    void watchPcscReaders() {
        pcscNames.forEach((terminalId, readerName) -> {
            try {
                CardPresenceMonitor monitor = PcscReaders.system().monitor(readerName);
                monitor.addListener(event -> firePresence(terminalId, event));
                pcscMonitors.add(monitor);
                log.info("Watching PC/SC reader '{}' of outlet reader {}", readerName, terminalId);
            } catch (RuntimeException e) {
                log.error("Cannot watch PC/SC reader '{}' of outlet reader {}: {} — cards put down there will not move "
                        + "applications on by themselves; the clerk names the application instead", readerName, terminalId,
                        e.getMessage());
            }
        });
    }

    @PreDestroy
    void stopWatching() {
        pcscMonitors.forEach(CardPresenceMonitor::close);
    }

    private void firePresence(String terminalId, CardPresenceEvent event) {
        for (BiConsumer<String, CardPresenceEvent> listener : presenceListeners) {
            try {
                listener.accept(terminalId, event);
            } catch (RuntimeException e) {
                log.warn("card {} on reader {}: {}", event.kind(), terminalId, e.getMessage());
            }
        }
    }

    /**
     * Puts the virtual card with {@code uid} on a simulated reader: the same card every time (its
     * sectors keep what was written), a factory-fresh one the first time.
     */
    public VirtualMifareClassic1k presentVirtualCard(String terminalId, String uid) {
        SimulatedReader reader = simulatedReader(terminalId);
        VirtualMifareClassic1k card = virtualCards.computeIfAbsent(uid, VirtualMifareClassic1k::factoryFresh);
        reader.takeCard();
        reader.putCard(card);
        return card;
    }

    /** Takes the card off a simulated reader. */
    public void removeVirtualCard(String terminalId) {
        simulatedReader(terminalId).takeCard();
    }
}
