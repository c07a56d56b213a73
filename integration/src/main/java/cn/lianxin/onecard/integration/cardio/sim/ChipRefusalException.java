package cn.lianxin.onecard.integration.cardio.sim;

/**
 * The virtual chip refused a command (on a real card: a NAK, or no answer to an authentication).
 * The simulated reader answers {@code 63 00}; the message says why, for tests and diagnostics,
 * and never contains key bytes.
 */
public class ChipRefusalException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** A refusal with the reason in words. */
    public ChipRefusalException(String reason) {
        super(reason);
    }
}
