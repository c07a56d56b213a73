package cn.lianxin.onecard.app.blacklist;

/** Whether a blacklist is sent whole or as the changes since the community's confirmed version. */
public enum BlacklistKind {
    /** Every card, base version 0. */
    FULL,
    /** The changes since the newest version the community has confirmed. */
    DELTA
}
