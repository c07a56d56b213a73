package cn.lianxin.onecard.integration.exchange;

/**
 * A place where the dead-letter route keeps the files of one kind of work that failed after the
 * redeliveries. {@link DeadLetterDirectory} keeps downloads, confirmations and anything unmarked;
 * the upload pipeline keeps its uploads in the quarantine, where staff list them.
 */
public interface DeadLetterArea {

    /** Whether this area keeps the files of {@code work}. */
    boolean keeps(Work work);

    /** Keeps {@code file} with its reason; returns where it now is, in words for the log. */
    String keep(FailedFile file);
}
