package cn.lianxin.onecard.app.blacklist;

import cn.lianxin.onecard.integration.format.BlacklistEntry;
import cn.lianxin.onecard.integration.format.BlacklistOperation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The lines of a blacklist file, from the list a version stands for (and, for a delta, the list
 * of its base version). Lines are in card-number order; pure.
 */
final class BlacklistDelta {

    private BlacklistDelta() {
    }

    /** A full list: every card added. */
    static List<BlacklistEntry> full(Map<String, ListedCard> list) {
        return list.keySet().stream().sorted().map(card -> list.get(card).as(BlacklistOperation.ADD)).toList();
    }

    /**
     * What turns {@code base} into {@code current}: {@code A} for a card not on the base, {@code D}
     * (with the line it had) for a card no longer listed, and {@code D} of the old line then
     * {@code A} of the new one for a card whose reason, prompt or UID changed.
     */
    static List<BlacklistEntry> between(Map<String, ListedCard> base, Map<String, ListedCard> current) {
        List<BlacklistEntry> lines = new ArrayList<>();
        TreeSet<String> cards = new TreeSet<>(base.keySet());
        cards.addAll(current.keySet());
        for (String card : cards) {
            ListedCard before = base.get(card);
            ListedCard after = current.get(card);
            if (before != null && before.equals(after)) {
                continue;
            }
            if (before != null) {
                lines.add(before.as(BlacklistOperation.DELETE));
            }
            if (after != null) {
                lines.add(after.as(BlacklistOperation.ADD));
            }
        }
        return lines;
    }
}
