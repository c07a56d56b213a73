package cn.lianxin.onecard.rules.overdue;

import java.util.Objects;

/**
 * The overdue ladder's answer to one {@link OverdueQuery}, inserted by exactly one rule.
 *
 * @param query  the snapshot answered
 * @param level  the rung
 * @param exempt an exemption rule decided (then the level is {@link OverdueLevel#NONE})
 * @param rule   the rule that decided
 * @param reason why, in words
 */
public record OverdueState(OverdueQuery query, OverdueLevel level, boolean exempt, String rule, String reason) {

    public OverdueState {
        Objects.requireNonNull(query, "query");
        Objects.requireNonNull(level, "level");
        if (rule == null || rule.isBlank()) {
            throw new IllegalArgumentException("rule must be named");
        }
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("rule '" + rule + "' gives no reason");
        }
        if (exempt && level != OverdueLevel.NONE) {
            throw new IllegalArgumentException("rule '" + rule + "': an exemption gives level NONE, not " + level);
        }
    }

    /** The action of the ladder rows. */
    public static OverdueState of(OverdueQuery q, OverdueLevel level, String rule, Object reason) {
        return new OverdueState(q, level, false, rule, reason == null ? null : reason.toString());
    }

    /** The action of the exemption rows. */
    public static OverdueState exempt(OverdueQuery q, String rule, Object reason) {
        return new OverdueState(q, OverdueLevel.NONE, true, rule, reason == null ? null : reason.toString());
    }

    /**
     * The action of every row of the table: {@code outcome} is the row's Outcome cell, {@code EXEMPT}
     * or a level ({@code REMINDER}, {@code WARNING}, {@code BLACKLISTED}, {@code NONE}).
     */
    public static OverdueState decide(OverdueQuery q, String outcome, String rule, Object reason) {
        String text = reason == null ? null : reason.toString();
        if ("EXEMPT".equals(outcome)) {
            return new OverdueState(q, OverdueLevel.NONE, true, rule, text);
        }
        try {
            return new OverdueState(q, OverdueLevel.valueOf(outcome), false, rule, text);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("rule '" + rule + "': outcome '" + outcome
                    + "' is not EXEMPT, REMINDER, WARNING, BLACKLISTED or NONE");
        }
    }
}
