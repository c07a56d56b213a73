package cn.lianxin.onecard.rules.clearing;

import cn.lianxin.onecard.rules.engine.Scenario;
import cn.lianxin.onecard.rules.engine.ScenarioCsv;
import java.util.List;

/**
 * One regression scenario of the clearing-share rule set, from {@value #SHIPPED}:
 * <pre>
 * scenario,industry,property_company,contract,cleared_fen,monthly_volume_fen,expected_service_fee_fen,expected_payout_fen,expected_rule
 * </pre>
 * {@code contract} may be empty (no contract); the two expected amounts are whole fen, or both
 * {@code none} for "no share rule".
 */
public record ClearingScenario(int line, String name, ClearingQuery query, ClearingShare.Status expectedStatus,
                               long expectedServiceFeeFen, long expectedPayoutFen, String expectedRule) implements Scenario {

    public static final String SHIPPED = "rulesets/clearing-shares/clearing-shares.scenarios.csv";

    static final List<String> COLUMNS = List.of("scenario", "industry", "property_company", "contract", "cleared_fen",
            "monthly_volume_fen", "expected_service_fee_fen", "expected_payout_fen", "expected_rule");

    public static List<ClearingScenario> shipped() {
        return parse(ScenarioCsv.readShipped(SHIPPED), "clearing-shares.scenarios.csv");
    }

    public static List<ClearingScenario> parse(String csv, String source) {
        return ScenarioCsv.parse(csv, source, COLUMNS).stream().map(ClearingScenario::of).toList();
    }

    private static ClearingScenario of(ScenarioCsv.Row row) {
        String contract = row.values().get("contract").trim();
        ClearingQuery query;
        try {
            query = new ClearingQuery("scenario-line-" + row.line(), row.get("industry"), row.get("property_company"),
                    contract.isEmpty() ? null : contract, row.wholeFen("cleared_fen"), row.wholeFen("monthly_volume_fen"));
        } catch (IllegalArgumentException e) {
            throw row.error("monthly_volume_fen", e.getMessage());
        }
        boolean none = row.get("expected_service_fee_fen").equalsIgnoreCase("none");
        if (none != row.get("expected_payout_fen").equalsIgnoreCase("none")) {
            throw row.error("expected_payout_fen", "both expected amounts are none, or neither");
        }
        if (none) {
            return new ClearingScenario(row.line(), row.get("scenario"), query, ClearingShare.Status.NO_SHARE_RULE, 0, 0,
                    row.get("expected_rule"));
        }
        return new ClearingScenario(row.line(), row.get("scenario"), query, ClearingShare.Status.DECIDED,
                row.wholeFen("expected_service_fee_fen"), row.wholeFen("expected_payout_fen"), row.get("expected_rule"));
    }

    @Override
    public String toString() {
        return "line " + line + ": " + name;
    }
}
