package cn.lianxin.onecard.app.blacklist;

import cn.lianxin.onecard.integration.format.BlacklistReason;
import cn.lianxin.onecard.integration.format.DoorPrompt;
import java.util.List;

/**
 * What the centre puts on a community's blacklist (docs/formats.md, "Blacklist"): which reasons
 * reach every community, which reason wins when a card has several, and what the door says.
 * The SQL that builds a version's list is generated from these rules, so they are written once.
 */
public final class BlacklistPolicy {

    /** Strongest refusal first: the first reason of a card in this order is the one listed. */
    static final List<BlacklistReason> PRECEDENCE = List.of(BlacklistReason.REPORTED_LOST,
            BlacklistReason.SUSPECTED_FRAUD, BlacklistReason.CARD_RETURNED, BlacklistReason.PROPERTY_FEE_OVERDUE);

    private BlacklistPolicy() {
    }

    /** The door prompt for a card listed for {@code reason}. */
    public static DoorPrompt promptFor(BlacklistReason reason) {
        return switch (reason) {
            case REPORTED_LOST -> DoorPrompt.CARD_REPORTED_LOST;
            case PROPERTY_FEE_OVERDUE -> DoorPrompt.PAY_PROPERTY_FEE;
            // a returned card is the company's again; a suspected fraudster is not told why
            case CARD_RETURNED, SUSPECTED_FRAUD -> DoorPrompt.NONE;
        };
    }

    /**
     * Whether a card listed for {@code reason} goes to every community (lost, returned, fraud:
     * refused at every door) rather than only to its household's communities (fee overdue).
     */
    public static boolean everyCommunity(BlacklistReason reason) {
        return reason != BlacklistReason.PROPERTY_FEE_OVERDUE;
    }

    /** 1 for the strongest reason, larger for weaker ones. */
    static int rank(BlacklistReason reason) {
        return PRECEDENCE.indexOf(reason) + 1;
    }

    /** SQL {@code case} giving {@link #rank} of the reason code in {@code column}. */
    static String rankSql(String column) {
        StringBuilder sql = new StringBuilder("case " + column);
        for (BlacklistReason reason : PRECEDENCE) {
            sql.append(" when '").append(reason.code()).append("' then ").append(rank(reason));
        }
        return sql.append(" end").toString();
    }

    /** SQL {@code case} giving the door prompt code of the reason code in {@code column}. */
    static String promptSql(String column) {
        StringBuilder sql = new StringBuilder("case " + column);
        for (BlacklistReason reason : BlacklistReason.values()) {
            sql.append(" when '").append(reason.code()).append("' then '").append(promptFor(reason).code()).append("'");
        }
        return sql.append(" end").toString();
    }

    /** SQL list of the reason codes that go to every community, e.g. {@code ('01', '03', '04')}. */
    static String everyCommunitySql() {
        StringBuilder sql = new StringBuilder("(");
        for (BlacklistReason reason : BlacklistReason.values()) {
            if (everyCommunity(reason)) {
                sql.append(sql.length() > 1 ? ", " : "").append("'").append(reason.code()).append("'");
            }
        }
        return sql.append(")").toString();
    }
}
