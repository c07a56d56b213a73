package cn.lianxin.onecard.integration.cardio.pcsc;

import java.util.Objects;

import javax.smartcardio.Card;
import javax.smartcardio.CardException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import cn.lianxin.onecard.integration.cardio.CardReaderAdapter;

/**
 * A connection to the card on one PC/SC reader, with the {@link CardReaderAdapter} that drives
 * it. Closing disconnects without resetting the card.
 */
public final class PcscCardSession implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(PcscCardSession.class);

    private final Card card;
    private final PcscApduChannel channel;
    private final CardReaderAdapter adapter;

    PcscCardSession(Card card, String readerName) {
        this.card = Objects.requireNonNull(card, "card");
        this.channel = new PcscApduChannel(card.getBasicChannel(), readerName);
        this.adapter = new CardReaderAdapter(channel);
    }

    /** The adapter speaking to this card. */
    public CardReaderAdapter adapter() {
        return adapter;
    }

    /** The channel under the adapter. */
    public PcscApduChannel channel() {
        return channel;
    }

    /** The reader's name. */
    public String readerName() {
        return channel.readerName();
    }

    /** Disconnects from the card (no reset). */
    @Override
    public void close() {
        try {
            card.disconnect(false);
        } catch (CardException | IllegalStateException e) {
            log.debug("reader {}: disconnect failed ({}); the card is probably gone already",
                    channel.readerName(), PcscApduChannel.pcscReason(e));
        }
    }
}
