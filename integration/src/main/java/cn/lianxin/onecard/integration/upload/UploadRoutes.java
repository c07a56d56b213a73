package cn.lianxin.onecard.integration.upload;

/** Endpoints of the upload routes, for routes and callers outside this package. */
public final class UploadRoutes {

    /**
     * Every channel hands its {@link ReceivedUpload} here and gets the answer back: an
     * {@link UploadAnswer} for a consumption upload, a
     * {@link cn.lianxin.onecard.integration.exchange.ConfirmationReceiver.ConfirmationOutcome} for a
     * blacklist confirmation.
     */
    public static final String INGEST = "direct:upload-ingest";
    /**
     * Blacklist confirmations ({@code BLA_…}) from {@link #INGEST}, or from the HTTP confirmation
     * endpoint whatever their name; the answer is a
     * {@link cn.lianxin.onecard.integration.exchange.ConfirmationReceiver.ConfirmationOutcome}.
     */
    public static final String CONFIRMATION = "direct:upload-confirmation";
    /** Files whose name prefix no handler claims (see {@link UploadIngestRoute}). */
    public static final String UNROUTED = "direct:upload-unrouted";

    private UploadRoutes() {
    }
}
