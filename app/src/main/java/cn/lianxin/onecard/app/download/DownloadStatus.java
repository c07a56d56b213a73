package cn.lianxin.onecard.app.download;

/** Where a download is on its way to the community. */
public enum DownloadStatus {
    /** Made and recorded, not yet delivered. */
    CREATED,
    /**
     * Its delivery had not finished when the request was answered ({@code onecard.downloads.answer-within}):
     * it goes on in the background (with the retries of the error handling) and ends SENT or FAILED;
     * {@code problem} says why it is slow when the community's channel is FAILING.
     */
    QUEUED,
    /** Written to the community's inbox directory or SFTP server. */
    SENT,
    /** Waiting for the (HTTP) community to pull it. */
    AVAILABLE,
    /** Pulled over HTTP at least once. */
    DOWNLOADED,
    /** Delivery failed after the retries; the file is in the dead-letter directory. */
    FAILED
}
