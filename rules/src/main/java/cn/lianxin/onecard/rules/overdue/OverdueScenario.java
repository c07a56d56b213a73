package cn.lianxin.onecard.rules.overdue;

import cn.lianxin.onecard.rules.engine.ScenarioCsv;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
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
public record OverdueScenario(int line, String name, OverdueQuery query, String expectedLevel, String expectedRule) {

    public static final String SHIPPED = "rulesets/overdue-ladder/overdue-ladder.scenarios.csv";

    static final List<String> COLUMNS = List.of("scenario", "oldest_due_date", "today", "amount_owed_fen", "hardship",
            "disputed", "staff_exemption_reason", "staff_exemption_until", "expected_level", "expected_rule");

    private static final List<String> OUTCOMES = List.of("EXEMPT", "NONE", "REMINDER", "WARNING", "BLACKLISTED");
    private static final DateTimeFormatter EXCEL_DATE = DateTimeFormatter.ofPattern("uuuu/M/d");

    public static List<OverdueScenario> shipped() {
        try (InputStream in = OverdueScenario.class.getClassLoader().getResourceAsStream(SHIPPED)) {
            if (in == null) {
                throw new IllegalStateException(SHIPPED + " is not on the classpath");
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), "overdue-ladder.scenarios.csv");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
            decision = new StaffDecision(reason, date(row, "staff_exemption_until"));
        }
        OverdueQuery query = new OverdueQuery("scenario-line-" + row.line(), date(row, "oldest_due_date"),
                date(row, "today"), owed, yesNo(row, "hardship"), yesNo(row, "disputed"), decision);
        String level = row.get("expected_level").toUpperCase(Locale.ROOT);
        if (!OUTCOMES.contains(level)) {
            throw row.error("expected_level", "must be one of " + OUTCOMES);
        }
        return new OverdueScenario(row.line(), row.get("scenario"), query, level, row.get("expected_rule"));
    }

    private static boolean yesNo(ScenarioCsv.Row row, String column) {
        return switch (row.get(column).toLowerCase(Locale.ROOT)) {
            case "yes", "true" -> true;
            case "no", "false" -> false;
            default -> throw row.error(column, "must be yes or no");
        };
    }

    private static LocalDate date(ScenarioCsv.Row row, String column) {
        String text = row.get(column);
        try {
            return text.contains("/") ? LocalDate.parse(text, EXCEL_DATE) : LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw row.error(column, "not a date like 2026-11-24");
        }
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
