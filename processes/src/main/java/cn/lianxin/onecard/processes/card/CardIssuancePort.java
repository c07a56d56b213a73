package cn.lianxin.onecard.processes.card;

/**
 * What the {@code CardIssuance} process asks of the application. The app implements it; the
 * process module only declares it. Every method runs inside the engine's job transaction, so an
 * implementation that joins that transaction is all-or-nothing with the process step. A method
 * may run more than once for the same application (a job is retried after a failure, or after a
 * crash between the work and the commit): each must be idempotent per application id.
 *
 * <p>Technical failures are thrown as any {@link RuntimeException} whose message says what went
 * wrong in words a clerk understands (e.g. "card removed during write of block 4 (63 00)"): the
 * delegate puts it into the incident text. Business outcomes are answered, never thrown.
 */
public interface CardIssuancePort {

    /**
     * Automated checks before a clerk sees the application: the holder exists and may hold this
     * card type, the household exists in that community and the holder belongs to it, and neither
     * holder nor household already has a card of this kind (duplicates). Must not change state.
     */
    ApplicationCheck checkApplication(String applicationId, long cardholderId, String householdId,
            String communityId, String cardTypeCode);

    /**
     * Writes a factory-fresh card lying on outlet reader {@code readerId}: replaces the transport
     * keys and writes the directory, issuance and public-information areas for this application,
     * opens its shadow account. Answers {@link Personalisation#refused(String)} when this card
     * cannot be used at all (not factory-fresh, already issued, on the blacklist, UID on the
     * reader differs from {@code cardUid}) — the clerk then puts down another card. Throws when
     * the write failed and may succeed on a retry (card lifted, reader unplugged): the card is
     * left as {@code CardInitialiser} can resume it.
     */
    Personalisation personaliseCard(String applicationId, long cardholderId, String cardTypeCode,
            String cardUid, String readerId);

    /**
     * Records the community sign-off (签发) of {@code cardNumber} for the household — one card
     * belongs to at most one household per community — and activates the card. Throws when the
     * card is already signed off for another household there (the process then stops in an
     * incident for a person to look at).
     */
    void activateCard(String applicationId, String cardNumber, String householdId, String communityId);

    /**
     * The application ends without an active card: rejected by the automated checks, by the
     * clerk in review, or sign-off refused by the community ({@code stage}). For
     * {@link RejectionStage#SIGN_OFF} a personalised card exists and must be taken back.
     */
    void recordRejection(String applicationId, RejectionStage stage, String reason);
}
