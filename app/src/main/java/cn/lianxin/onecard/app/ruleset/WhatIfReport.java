package cn.lianxin.onecard.app.ruleset;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * How a candidate version changes outcomes on the live data, next to the active version.
 *
 * @param ruleSet        the rule set
 * @param activeVersion  the version compared against
 * @param subjects       what was evaluated, in words ({@code households}, {@code open bills}, …)
 * @param evaluated      how many subjects
 * @param changed        how many got a different outcome
 * @param increased      of those, how many pay more
 * @param decreased      of those, how many pay less
 * @param totalChangeFen the sum of all changes, in fen (an outcome without a fee counts 0)
 * @param largestChangeFen the largest change by size, with its sign
 * @param largest        the ten largest changes by size (then by subject)
 * @param note           why there is nothing to compare, when there is not
 */
public record WhatIfReport(String ruleSet, String activeVersion, String subjects, int evaluated, int changed, int increased,
                           int decreased, long totalChangeFen, long largestChangeFen, List<Change> largest, String note) {

    /** One subject whose outcome changed. */
    public record Change(String subject, String before, String after, long changeFen) {
    }

    /** One subject's outcome under one version: in words, and its fee ({@code null}: none). */
    public record Outcome(String label, Long feeFen) {

        long fen() {
            return feeFen == null ? 0 : feeFen;
        }
    }

    /** Compares the outcomes of the same subjects, in the same order, under both versions. */
    static WhatIfReport compare(String ruleSet, String activeVersion, String subjects, List<String> ids,
                                List<Outcome> before, List<Outcome> after) {
        int changed = 0;
        int increased = 0;
        int decreased = 0;
        long total = 0;
        List<Change> changes = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            Outcome b = before.get(i);
            Outcome a = after.get(i);
            if (b.equals(a)) {
                continue;
            }
            long delta = Math.subtractExact(a.fen(), b.fen());
            changed++;
            if (delta > 0) {
                increased++;
            } else if (delta < 0) {
                decreased++;
            }
            total = Math.addExact(total, delta);
            changes.add(new Change(ids.get(i), b.label(), a.label(), delta));
        }
        changes.sort(Comparator.comparingLong((Change c) -> Math.abs(c.changeFen())).reversed()
                .thenComparing(Change::subject));
        List<Change> top = List.copyOf(changes.subList(0, Math.min(10, changes.size())));
        return new WhatIfReport(ruleSet, activeVersion, subjects, ids.size(), changed, increased, decreased, total,
                top.isEmpty() ? 0 : top.get(0).changeFen(), top, null);
    }

    /** Nothing on the live data to compare yet. */
    static WhatIfReport nothingToCompare(String ruleSet, String activeVersion, String subjects, String note) {
        return new WhatIfReport(ruleSet, activeVersion, subjects, 0, 0, 0, 0, 0, 0, List.of(), note);
    }
}
