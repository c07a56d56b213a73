package cn.lianxin.onecard.integration.cardio;

/**
 * A channel to the card in one reader: sends a command APDU, returns the whole response APDU
 * (data ‖ SW1 SW2). {@link CardReaderAdapter} drives nothing else, so the same adapter code runs
 * against a real PC/SC reader ({@code pcsc.PcscApduChannel} over
 * {@code javax.smartcardio.CardChannel}) and the simulated reader ({@code sim.SimulatedReader}).
 *
 * <p>Implementations never log the command bytes: a load-key APDU carries a key.
 */
public interface ApduChannel {

    /**
     * Sends one command APDU and returns the response APDU, status word included.
     *
     * @throws CardTransportException when no answer came back: no card in the field
     *     ({@link CardTransportException#isCardAbsent()}) or a reader fault
     */
    byte[] transmit(byte[] commandApdu);

    /** The reader's name, for messages and logs. */
    String readerName();
}
