package cn.lianxin.onecard.app.download;

/** The files the centre sends to a community (docs/formats.md, "Downloads"). */
public enum DownloadKind {
    /** Blacklist, full or delta. */
    BLK,
    /** Open bills of a billing period. */
    BILL,
    /** Terminal parameters. */
    PARM
}
