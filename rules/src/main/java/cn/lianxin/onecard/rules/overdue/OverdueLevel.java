package cn.lianxin.onecard.rules.overdue;

/** The rungs of the overdue ladder, least severe first; {@link #severity()} is the order. */
public enum OverdueLevel {
    /** Nothing to do: not overdue, or exempt. */
    NONE,
    /** 催缴提醒 */
    REMINDER,
    /** 催缴警告 */
    WARNING,
    /** 黑名单: the card is blocked for property and utility payments. */
    BLACKLISTED;

    public int severity() {
        return ordinal();
    }
}
