package cn.lianxin.onecard.integration.exchange;

/** How files travel between the centre and a community (the terminal archive's channel). */
public enum Channel {
    /** A directory the centre and the community share (leased line): {@code <exchange>/<community>/in|out}. */
    INBOX,
    /** The community's SFTP server: the centre uploads to and collects from {@code <sftp path>/out|in}. */
    SFTP,
    /** The community calls the centre's REST API: it pulls downloads and puts uploads. */
    HTTP
}
