package cn.lianxin.onecard.integration.cardio;

import java.util.OptionalInt;

/**
 * A card command failed. The message names the command, the block and what went wrong, for
 * example {@code "authenticate block 9 with key B: status 6300"} or
 * {@code "read block 8: no card in the reader"}; it never contains key bytes.
 */
public class CardCommandException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** The status word meaning "authentication failed or operation refused by the card". */
    public static final int SW_REFUSED = 0x6300;

    private final String command;
    private final Integer block;
    private final Integer statusWord;
    private final boolean cardAbsent;

    private CardCommandException(String command, Integer block, Integer statusWord, boolean cardAbsent,
                                 String detail, Throwable cause) {
        super(command + ": " + detail, cause);
        this.command = command;
        this.block = block;
        this.statusWord = statusWord;
        this.cardAbsent = cardAbsent;
    }

    /** The card or reader answered with status word {@code sw} instead of {@code 90 00}. */
    static CardCommandException status(String command, Integer block, int sw) {
        return new CardCommandException(command, block, sw, false, "status " + hex4(sw), null);
    }

    /** The answer had status {@code 90 00} but not the expected data. */
    static CardCommandException malformed(String command, Integer block, String detail) {
        return new CardCommandException(command, block, null, false, detail, null);
    }

    /** No answer came back. */
    static CardCommandException transport(String command, Integer block, CardTransportException cause) {
        String detail = cause.isCardAbsent() ? "no card in the reader" : "reader failure: " + cause.getMessage();
        return new CardCommandException(command, block, null, cause.isCardAbsent(), detail, cause);
    }

    /** The command as written in the message, for example {@code "authenticate block 9 with key B"}. */
    public String command() {
        return command;
    }

    /** The block the command addressed, if it addressed one. */
    public OptionalInt block() {
        return block == null ? OptionalInt.empty() : OptionalInt.of(block);
    }

    /** The status word the card or reader answered, if it answered one other than {@code 90 00}. */
    public OptionalInt statusWord() {
        return statusWord == null ? OptionalInt.empty() : OptionalInt.of(statusWord);
    }

    /** Whether the card answered {@code 63 00}: authentication failed or the operation is forbidden. */
    public boolean isRefused() {
        return statusWord != null && statusWord == SW_REFUSED;
    }

    /** Whether the command failed because no card was in the field (removed or torn away). */
    public boolean isCardAbsent() {
        return cardAbsent;
    }

    static String hex4(int sw) {
        return String.format("%04X", sw);
    }
}
