package cn.lianxin.onecard.integration.cardio.pcsc;

/**
 * PC/SC could not be used: no PC/SC provider or service ({@code SCARD_E_NO_SERVICE} when
 * {@code pcscd} is not running), no such reader, or no card to connect to. The message names the
 * PC/SC error.
 */
public class PcscReaderUnavailableException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** A failure with its reason and cause. */
    public PcscReaderUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
