package cn.lianxin.onecard.app.terminal;

/**
 * How a terminal's files travel to the centre: a drop directory on the leased line (DDN), an SFTP
 * server the centre dials on a schedule (ISDN/PSTN), or HTTP uploads.
 */
public enum Channel {
    INBOX, SFTP, HTTP
}
