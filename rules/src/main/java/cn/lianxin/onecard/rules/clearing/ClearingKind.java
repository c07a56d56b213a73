package cn.lianxin.onecard.rules.clearing;

import cn.lianxin.onecard.rules.engine.RuleVocabulary;
import cn.lianxin.onecard.rules.engine.ScenarioRuleSetKind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The clearing-share rule set as the version check sees it. */
public final class ClearingKind extends ScenarioRuleSetKind<ClearingShares, ClearingScenario> {

    public ClearingKind() {
        super(ClearingShares.RULE_SET, "Clearing shares", RuleVocabulary.of(ClearingQuery.class, ClearingShare.class),
                ClearingShares::new, ClearingShares::ruleSet, ClearingScenario::parse);
    }


    @Override
    protected String expected(ClearingScenario s) {
        return s.expectedStatus() == ClearingShare.Status.DECIDED
                ? "service fee " + s.expectedServiceFeeFen() + " fen, payout " + s.expectedPayoutFen() + " fen by "
                        + s.expectedRule()
                : "no clearing rule by " + s.expectedRule();
    }

    @Override
    protected String actual(ClearingShares shares, ClearingScenario s) {
        return describe(shares.fee(s.query()));
    }

    /** A split in the words of a scenario's expectation. */
    public static String describe(ClearingShare share) {
        return share.decided()
                ? "service fee " + share.serviceFeeFen() + " fen, payout " + share.payoutFen() + " fen by " + share.rule()
                : "no clearing rule by " + share.rule();
    }

    @Override
    protected List<String> expectedRules(ClearingScenario s) {
        return List.of(s.expectedRule());
    }

    @Override
    protected List<String> precedenceProblems(ClearingShares shares, List<ClearingScenario> scenarios) {
        List<ClearingQuery> sample = new ArrayList<>(grid());
        scenarios.forEach(s -> sample.add(s.query()));
        return shares.precedenceConflicts(sample);
    }

    /** Every industry, the shipped payees and contracts, volumes around every tier. */
    public static List<ClearingQuery> grid() {
        List<ClearingQuery> sample = new ArrayList<>();
        for (String industry : List.of("PROPERTY", "WATER", "HEATING", "PARKING")) {
            for (String company : List.of("P001", "P002", "W001")) {
                for (String contract : Arrays.asList(null, "HT-2026-017", "HT-2025-001")) {
                    for (long volume : List.of(0L, 9_999_999L, 10_000_000L, 10_000_001L, 99_999_999L, 100_000_000L,
                            5_000_000_000L)) {
                        sample.add(new ClearingQuery("b", industry, company, contract, Math.min(volume, 1_000_000), volume));
                    }
                }
            }
        }
        return sample;
    }
}
