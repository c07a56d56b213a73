package cn.lianxin.onecard.integration.cardio.pcsc;

import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

import javax.smartcardio.Card;
import javax.smartcardio.CardException;
import javax.smartcardio.CardTerminal;
import javax.smartcardio.TerminalFactory;

/**
 * The PC/SC readers of this machine, through {@code TerminalFactory.getInstance("PC/SC", null)}.
 * Unlike {@code TerminalFactory.getDefault()}, which silently falls back to an empty factory of
 * type "None", this shows why PC/SC is unusable (for example {@code SCARD_E_NO_SERVICE}).
 */
public final class PcscReaders {

    private final TerminalFactory factory;

    private PcscReaders(TerminalFactory factory) {
        this.factory = factory;
    }

    /** The system's PC/SC readers. */
    public static PcscReaders system() {
        try {
            return new PcscReaders(TerminalFactory.getInstance("PC/SC", null));
        } catch (NoSuchAlgorithmException e) {
            throw new PcscReaderUnavailableException("PC/SC is not available in this JVM: "
                    + PcscApduChannel.pcscReason(e), e);
        }
    }

    /** The readers of {@code factory} (a PC/SC factory from another provider, or a stand-in for tests). */
    public static PcscReaders using(TerminalFactory factory) {
        return new PcscReaders(Objects.requireNonNull(factory, "factory"));
    }

    /** The names of the attached readers. */
    public List<String> readerNames() {
        try {
            return factory.terminals().list().stream().map(CardTerminal::getName).toList();
        } catch (CardException e) {
            throw new PcscReaderUnavailableException("cannot list PC/SC readers: " + PcscApduChannel.pcscReason(e), e);
        }
    }

    /** The reader named {@code readerName}. */
    public CardTerminal terminal(String readerName) {
        CardTerminal terminal = factory.terminals().getTerminal(readerName);
        if (terminal == null) {
            throw new PcscReaderUnavailableException("no PC/SC reader named \"" + readerName + "\"", null);
        }
        return terminal;
    }

    /**
     * Connects to the card on {@code readerName} with any protocol. Close the session when done.
     *
     * @throws PcscReaderUnavailableException when there is no such reader or no card on it
     */
    public PcscCardSession connect(String readerName) {
        CardTerminal terminal = terminal(readerName);
        try {
            Card card = terminal.connect("*");
            return new PcscCardSession(card, readerName);
        } catch (CardException e) {
            throw new PcscReaderUnavailableException("cannot connect to the card on reader \"" + readerName + "\": "
                    + PcscApduChannel.pcscReason(e), e);
        }
    }

    /** Starts watching {@code readerName} for cards, polling PC/SC every half second. */
    public PcscCardPresenceMonitor monitor(String readerName) {
        return PcscCardPresenceMonitor.start(terminal(readerName), Duration.ofMillis(500), Clock.systemDefaultZone());
    }
}
