package cn.lianxin.onecard.integration.upload;

/** Endpoints of the upload routes, for routes and callers outside this package. */
public final class UploadRoutes {

    /** Every channel hands its {@link ReceivedUpload} here and gets an {@link UploadAnswer} back. */
    public static final String INGEST = "direct:upload-ingest";
    /** Files whose name prefix no handler claims (see {@link UploadIngestRoute}). */
    public static final String UNROUTED = "direct:upload-unrouted";
    /** Files that failed for a technical reason after the redeliveries. */
    public static final String DEAD_LETTER = "direct:upload-dead-letter";
    /** The shared error handler's route configuration id. */
    public static final String ERROR_HANDLING = "upload-error-handling";
    /**
     * Exchange property of the community whose channel brought a file (a property, not a header:
     * it survives the error handler's return to the original message).
     */
    public static final String COMMUNITY_PROPERTY = "OnecardCommunity";

    private UploadRoutes() {
    }
}
