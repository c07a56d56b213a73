package cn.lianxin.onecard.app.terminal;

/** How a community's SFTP channel is doing. */
public enum ChannelState {
    /** Its server answered the last time the centre dialled it (or it failed fewer than failing-after times in a row). */
    OK,
    /** Its server refused or failed failing-after times in a row; cleared by the next success. */
    FAILING
}
