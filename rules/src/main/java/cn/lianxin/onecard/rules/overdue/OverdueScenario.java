package cn.lianxin.onecard.rules.overdue;

import cn.lianxin.onecard.rules.engine.Scenario;
import cn.lianxin.onecard.rules.engine.ScenarioCsv;
import java.util.List;
import java.util.Locale;

/**
 * One regression scenario of the overdue ladder, from {@value #SHIPPED}:
 * <pre>
 * scenario,oldest_due_date,today,amount_owed_fen,hardship,disputed,staff_exemption_reason,staff_exemption_until,expected_level,expected_rule
 * </pre>
 * The two staff columns are both empty (no staff decision) or both filled; {@code expected_level}
 * is {@code EXEMPT}, {@code NONE}, {@code REMINDER}, {@code WARNING} or {@code BLACKLISTED}.
 */
public record OverdueScenario(int line, String name, OverdueQuery query, String expectedLevel, String expectedRule) implements Scenario {

    public static final String SHIPPED = "rulesets/overdue-ladder/overdue-ladder.scenarios.csv";

    static final List<String> COLUMNS = List.of("scenario", "oldest_due_date", "today", "amount_owed_fen", "hardship",
            "disputed", "staff_exemption_reason", "staff_exemption_until", "expected_level", "expected_rule");

    private static final List<String> OUTCOMES = List.of("EXEMPT", "NONE", "REMINDER", "WARNING", "BLACKLISTED");
    public static List<OverdueScenario> shipped() {
        return parse(ScenarioCsv.readShipped(SHIPPED), "overdue-ladder.scenarios.csv");
    }

    public static List<OverdueScenario> parse(String csv, String source) {
        return ScenarioCsv.parse(csv, source, COLUMNS).stream().map(OverdueScenario::of).toList();
    }

    private static OverdueScenario of(ScenarioCsv.Row row) {
        long owed;
        try {
            owed = Long.parseLong(row.get("amount_owed_fen"));
        } catch (NumberFormatException e) {
            throw row.error("amount_owed_fen", "must be whole fen");
        }
        String reason = row.values().get("staff_exemption_reason").trim();
        String until = row.values().get("staff_exemption_until").trim();
        StaffDecision decision = null;
        if (!reason.isEmpty() || !until.isEmpty()) {
            if (reason.isEmpty()) {
                throw row.error("staff_exemption_reason", "a staff decision needs a reason");
            }
            decision = new StaffDecision(reason, row.date("staff_exemption_until"));
        }
        OverdueQuery query = new OverdueQuery("scenario-line-" + row.line(), row.date("oldest_due_date"),
                row.date("today"), owed, row.yesNo("hardship"), row.yesNo("disputed"), decision);
        String level = row.get("expected_level").toUpperCase(Locale.ROOT);
        if (!OUTCOMES.contains(level)) {
            throw row.error("expected_level", "must be one of " + OUTCOMES);
        }
        return new OverdueScenario(row.line(), row.get("scenario"), query, level, row.get("expected_rule"));
    }

    /** The outcome as the scenario file writes it. */
    public static String outcome(OverdueState state) {
        return state.exempt() ? "EXEMPT" : state.level().name();
    }

    @Override
    public String toString() {
        return "line " + line + ": " + name;
    }
}
