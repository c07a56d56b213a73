package cn.lianxin.onecard.integration.upload;

/** How an upload reached the centre (the terminal archive's channel values). */
public enum UploadChannel {
    /** Dropped into the community's inbox directory (leased line, shared folder). */
    INBOX,
    /** Collected by the centre from the community's SFTP server on its schedule. */
    SFTP,
    /** {@code PUT /api/communities/{community}/uploads/{fileName}}. */
    HTTP
}
