package cn.lianxin.onecard.rules.latefee;

import cn.lianxin.onecard.rules.engine.Scenario;
import cn.lianxin.onecard.rules.engine.ScenarioCsv;
import java.util.List;

/**
 * One regression scenario of the late-fee rule set, from {@value #SHIPPED}:
 * <pre>
 * scenario,bill_kind,principal_fen,due_date,today,disputed,expected_fee_fen,expected_rule
 * </pre>
 * Dates {@code 2026-11-24} or {@code 2026/11/24}; {@code disputed} yes/no; {@code expected_fee_fen}
 * whole fen or {@code none} (no late-fee rule).
 */
public record LateFeeScenario(int line, String name, LateFeeQuery query, LateFee.Status expectedStatus,
                              long expectedFeeFen, String expectedRule) implements Scenario {

    public static final String SHIPPED = "rulesets/late-fees/late-fees.scenarios.csv";

    static final List<String> COLUMNS = List.of("scenario", "bill_kind", "principal_fen", "due_date", "today",
            "disputed", "expected_fee_fen", "expected_rule");

    public static List<LateFeeScenario> shipped() {
        return parse(ScenarioCsv.readShipped(SHIPPED), "late-fees.scenarios.csv");
    }

    public static List<LateFeeScenario> parse(String csv, String source) {
        return ScenarioCsv.parse(csv, source, COLUMNS).stream().map(LateFeeScenario::of).toList();
    }

    private static LateFeeScenario of(ScenarioCsv.Row row) {
        long principal = row.wholeFen("principal_fen");
        boolean disputed = row.yesNo("disputed");
        LateFeeQuery query = new LateFeeQuery("scenario-line-" + row.line(), row.get("bill_kind"), principal,
                row.date("due_date"), row.date("today"), disputed);
        String fee = row.get("expected_fee_fen");
        LateFee.Status status = fee.equalsIgnoreCase("none") ? LateFee.Status.NO_LATE_FEE_RULE : LateFee.Status.DECIDED;
        long feeFen = status == LateFee.Status.DECIDED ? row.wholeFen("expected_fee_fen") : 0;
        return new LateFeeScenario(row.line(), row.get("scenario"), query, status, feeFen, row.get("expected_rule"));
    }

    @Override
    public String toString() {
        return "line " + line + ": " + name;
    }
}
