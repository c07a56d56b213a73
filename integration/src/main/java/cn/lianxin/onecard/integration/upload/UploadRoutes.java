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
    /** Files whose name prefix no handler claims (see {@link UploadIngestRoute}). */
    public static final String UNROUTED = "direct:upload-unrouted";

    private UploadRoutes() {
    }
}
