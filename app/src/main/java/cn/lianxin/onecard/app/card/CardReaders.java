package cn.lianxin.onecard.app.card;

import cn.lianxin.onecard.app.web.NotFoundException;
import cn.lianxin.onecard.integration.cardio.CardReaderAdapter;
import cn.lianxin.onecard.integration.cardio.pcsc.PcscCardSession;
import cn.lianxin.onecard.integration.cardio.pcsc.PcscReaders;
import cn.lianxin.onecard.integration.cardio.sim.SimulatedReader;
import cn.lianxin.onecard.integration.cardio.sim.VirtualMifareClassic1k;
import java.time.Clock;
import java.util.Map;
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
 */
@Component
public class CardReaders {

    private final boolean simulatedEnabled;
    private final Map<String, String> pcscNames;
    private final Clock clock;
    private final Map<String, SimulatedReader> simulated = new ConcurrentHashMap<>();
    private final Map<String, VirtualMifareClassic1k> virtualCards = new ConcurrentHashMap<>();
    private final Map<String, Object> locks = new ConcurrentHashMap<>();

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

    /** The simulated reader of an outlet-reader terminal (demo and tests only). */
    public SimulatedReader simulatedReader(String terminalId) {
        if (!simulatedEnabled || pcscNames.containsKey(terminalId)) {
            throw new NotFoundException("simulated reader", terminalId);
        }
        return simulated.computeIfAbsent(terminalId, id -> new SimulatedReader("Simulated reader " + id, clock));
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
