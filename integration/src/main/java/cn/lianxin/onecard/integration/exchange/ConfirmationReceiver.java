package cn.lianxin.onecard.integration.exchange;

/**
 * The centre's handling of one blacklist confirmation file ({@code BLA_…}), whichever channel it
 * came through; the app implements it. Refusals are outcomes, not exceptions: an exception means
 * the file could not be handled now (it is retried, then dead-lettered).
 */
public interface ConfirmationReceiver {

    /**
     * Records the confirmation {@code content} named {@code fileName} that arrived through the
     * channel of {@code communityId}.
     */
    ConfirmationOutcome record(String communityId, String fileName, byte[] content);

    /**
     * What the centre made of a confirmation.
     *
     * @param accepted whether it was recorded (or had been already)
     * @param reason   why it was refused, or what was recorded
     */
    record ConfirmationOutcome(boolean accepted, String reason) {
    }
}
