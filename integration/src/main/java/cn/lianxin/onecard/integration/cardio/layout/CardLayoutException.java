package cn.lianxin.onecard.integration.cardio.layout;

/**
 * Bytes read from a card do not decode as the layout says (bad BCD digit, unknown code, wrong
 * MAC, wrong MAD CRC). The message names the area and block; it never contains key bytes.
 */
public class CardLayoutException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** A decoding failure described in words. */
    public CardLayoutException(String message) {
        super(message);
    }
}
