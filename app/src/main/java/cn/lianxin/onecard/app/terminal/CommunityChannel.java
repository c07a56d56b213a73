package cn.lianxin.onecard.app.terminal;

/**
 * The channel a community's files travel over, and for SFTP its server, as its active terminals
 * say ({@link CommunityChannels}: a fee terminal's settings first, then the lowest terminal id).
 *
 * @param communityId  8 digits
 * @param channel      INBOX, SFTP or HTTP
 * @param sftpHost     SFTP only
 * @param sftpPort     SFTP only
 * @param sftpUser     SFTP only
 * @param sftpPath     SFTP only
 * @param sftpSchedule SFTP only: Spring cron (six fields) of the collection, may be null
 * @param terminalId   the terminal whose settings these are
 */
public record CommunityChannel(String communityId, Channel channel, String sftpHost, Integer sftpPort, String sftpUser,
        String sftpPath, String sftpSchedule, String terminalId) {
}
