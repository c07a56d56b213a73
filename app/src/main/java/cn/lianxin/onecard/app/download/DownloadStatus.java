package cn.lianxin.onecard.app.download;

/** Where a download is on its way to the community. */
public enum DownloadStatus {
    /** Made and recorded, not yet delivered. */
    CREATED,
    /** Written to the community's inbox directory or SFTP server. */
    SENT,
    /** Waiting for the (HTTP) community to pull it. */
    AVAILABLE,
    /** Pulled over HTTP at least once. */
    DOWNLOADED,
    /** Delivery failed after the retries; the file is in the dead-letter directory. */
    FAILED
}
