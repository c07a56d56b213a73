package cn.lianxin.onecard.integration.cardio;

/**
 * An {@link ApduChannel} got no answer at all: the card is not (or no longer) in the field, or
 * the reader or its PC/SC service failed. {@link CardReaderAdapter} turns it into a
 * {@link CardCommandException} naming the command and block.
 */
public class CardTransportException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final boolean cardAbsent;

    /** A transport failure; {@code cardAbsent} when the cause is that no card is in the field. */
    public CardTransportException(String message, boolean cardAbsent, Throwable cause) {
        super(message, cause);
        this.cardAbsent = cardAbsent;
    }

    /** A transport failure without an underlying cause. */
    public CardTransportException(String message, boolean cardAbsent) {
        this(message, cardAbsent, null);
    }

    /** Whether the failure is that no card is in the field (removed or torn away). */
    public boolean isCardAbsent() {
        return cardAbsent;
    }
}
