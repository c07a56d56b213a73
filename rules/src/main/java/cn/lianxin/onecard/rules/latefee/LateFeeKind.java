package cn.lianxin.onecard.rules.latefee;

import cn.lianxin.onecard.rules.engine.RuleVocabulary;
import cn.lianxin.onecard.rules.engine.ScenarioRuleSetKind;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The late-fee rule set as the version check sees it. */
public final class LateFeeKind extends ScenarioRuleSetKind<LateFees, LateFeeScenario> {

    public LateFeeKind() {
        super(LateFees.RULE_SET, "Late fees", RuleVocabulary.of(LateFeeQuery.class, LateFee.class),
                LateFees::new, LateFees::ruleSet, LateFeeScenario::parse);
    }


    @Override
    protected String expected(LateFeeScenario s) {
        return s.expectedStatus() == LateFee.Status.DECIDED
                ? s.expectedFeeFen() + " fen by " + s.expectedRule() : "no late-fee rule by " + s.expectedRule();
    }

    @Override
    protected String actual(LateFees fees, LateFeeScenario s) {
        return describe(fees.fee(s.query()));
    }

    /** A late fee in the words of a scenario's expectation. */
    public static String describe(LateFee fee) {
        return fee.decided() ? fee.feeFen() + " fen by " + fee.rule() : "no late-fee rule by " + fee.rule();
    }

    @Override
    protected List<String> expectedRules(LateFeeScenario s) {
        return List.of(s.expectedRule());
    }

    @Override
    protected List<String> precedenceProblems(LateFees fees, List<LateFeeScenario> scenarios) {
        List<LateFeeQuery> sample = new ArrayList<>(grid());
        scenarios.forEach(s -> sample.add(s.query()));
        return fees.precedenceConflicts(sample);
    }

    /** Every bill kind the system knows, disputed or not, from 2 days before the due date to 800 days after. */
    public static List<LateFeeQuery> grid() {
        List<LateFeeQuery> sample = new ArrayList<>();
        LocalDate due = LocalDate.of(2026, 10, 31);
        for (String kind : List.of("PROPERTY", "WATER", "HEATING", "PARKING", "OTHER")) {
            for (boolean disputed : List.of(true, false)) {
                for (int days = -2; days <= 800; days += 7) {
                    sample.add(new LateFeeQuery("b", kind, 16530, due, due.plusDays(days), disputed));
                }
            }
        }
        return sample;
    }
}
