package cn.lianxin.onecard.integration.exchange;

/**
 * Where a community's downloads go: its channel and, for SFTP, the server of its terminals.
 *
 * @param communityId 8 digits
 * @param channel     the community's channel
 * @param sftpHost    SFTP only
 * @param sftpPort    SFTP only
 * @param sftpUser    SFTP only
 * @param sftpPath    SFTP only: the community's exchange directory on its server, below the
 *                    login's home; downloads go to {@code <path>/out}, uploads and
 *                    confirmations are collected from {@code <path>} itself
 * @param sftpSchedule SFTP only: cron (seconds first) of the collection from the server, may be null
 */
public record DownloadTarget(String communityId, Channel channel, String sftpHost, Integer sftpPort, String sftpUser,
        String sftpPath, String sftpSchedule) {

    /** Checks that an SFTP target names its server. */
    public DownloadTarget {
        if (communityId == null || !communityId.matches("[0-9]{8}")) {
            throw new IllegalArgumentException("communityId must be 8 digits, was " + communityId);
        }
        if (channel == null) {
            throw new IllegalArgumentException("channel must not be null");
        }
        if (channel == Channel.SFTP && (sftpHost == null || sftpHost.isBlank() || sftpPort == null || sftpUser == null
                || sftpUser.isBlank() || sftpPath == null)) {
            throw new IllegalArgumentException("community " + communityId + " uses SFTP but its terminals do not name "
                    + "the server (host, port, user, path)");
        }
    }

    /** A community reached through the inbox directory or HTTP. */
    public static DownloadTarget of(String communityId, Channel channel) {
        return new DownloadTarget(communityId, channel, null, null, null, null, null);
    }

    /** The directory on the server, e.g. {@code exchange/out} for path {@code /exchange} ({@link SftpEndpoints#directory}). */
    String sftpDirectory(String sub) {
        return SftpEndpoints.directory(sftpPath, sub);
    }
}
