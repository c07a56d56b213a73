package cn.lianxin.onecard.rules.latefee;

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
 * One regression scenario of the late-fee rule set, from {@value #SHIPPED}:
 * <pre>
 * scenario,bill_kind,principal_fen,due_date,today,disputed,expected_fee_fen,expected_rule
 * </pre>
 * Dates {@code 2026-11-24} or {@code 2026/11/24}; {@code disputed} yes/no; {@code expected_fee_fen}
 * whole fen or {@code none} (no late-fee rule).
 */
public record LateFeeScenario(int line, String name, LateFeeQuery query, LateFee.Status expectedStatus,
                              long expectedFeeFen, String expectedRule) {

    public static final String SHIPPED = "rulesets/late-fees/late-fees.scenarios.csv";

    static final List<String> COLUMNS = List.of("scenario", "bill_kind", "principal_fen", "due_date", "today",
            "disputed", "expected_fee_fen", "expected_rule");

    private static final DateTimeFormatter EXCEL_DATE = DateTimeFormatter.ofPattern("uuuu/M/d");

    public static List<LateFeeScenario> shipped() {
        try (InputStream in = LateFeeScenario.class.getClassLoader().getResourceAsStream(SHIPPED)) {
            if (in == null) {
                throw new IllegalStateException(SHIPPED + " is not on the classpath");
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), "late-fees.scenarios.csv");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static List<LateFeeScenario> parse(String csv, String source) {
        return ScenarioCsv.parse(csv, source, COLUMNS).stream().map(LateFeeScenario::of).toList();
    }

    private static LateFeeScenario of(ScenarioCsv.Row row) {
        long principal = wholeFen(row, "principal_fen");
        boolean disputed = switch (row.get("disputed").toLowerCase(Locale.ROOT)) {
            case "yes", "true" -> true;
            case "no", "false" -> false;
            default -> throw row.error("disputed", "must be yes or no");
        };
        LateFeeQuery query = new LateFeeQuery("scenario-line-" + row.line(), row.get("bill_kind"), principal,
                date(row, "due_date"), date(row, "today"), disputed);
        String fee = row.get("expected_fee_fen");
        LateFee.Status status = fee.equalsIgnoreCase("none") ? LateFee.Status.NO_LATE_FEE_RULE : LateFee.Status.DECIDED;
        long feeFen = status == LateFee.Status.DECIDED ? wholeFen(row, "expected_fee_fen") : 0;
        return new LateFeeScenario(row.line(), row.get("scenario"), query, status, feeFen, row.get("expected_rule"));
    }

    private static long wholeFen(ScenarioCsv.Row row, String column) {
        try {
            long n = Long.parseLong(row.get(column));
            if (n < 0) {
                throw row.error(column, "never negative");
            }
            return n;
        } catch (NumberFormatException e) {
            throw row.error(column, "must be whole fen (e.g. 16530 for 165.30 yuan)");
        }
    }

    private static LocalDate date(ScenarioCsv.Row row, String column) {
        String text = row.get(column);
        try {
            return text.contains("/") ? LocalDate.parse(text, EXCEL_DATE) : LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw row.error(column, "not a date like 2026-11-24");
        }
    }

    @Override
    public String toString() {
        return "line " + line + ": " + name;
    }
}
