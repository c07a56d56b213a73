package cn.lianxin.onecard.rules.overdue;

import cn.lianxin.onecard.rules.engine.RuleVocabulary;
import cn.lianxin.onecard.rules.engine.ScenarioRuleSetKind;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The overdue ladder as the version check sees it. */
public final class OverdueKind extends ScenarioRuleSetKind<OverdueLadder, OverdueScenario> {

    private static final LocalDate GRID_TODAY = LocalDate.of(2026, 11, 24);

    public OverdueKind() {
        super(OverdueLadder.RULE_SET, "Overdue ladder",
                RuleVocabulary.of(OverdueQuery.class, OverdueState.class, OverdueLevel.class, StaffDecision.class),
                OverdueLadder::new, OverdueLadder::ruleSet, OverdueScenario::parse);
    }


    @Override
    protected String expected(OverdueScenario s) {
        return s.expectedLevel() + " by " + s.expectedRule();
    }

    @Override
    protected String actual(OverdueLadder ladder, OverdueScenario s) {
        return describe(ladder.state(s.query()));
    }

    /** A rung in the words of a scenario's expectation. */
    public static String describe(OverdueState state) {
        return OverdueScenario.outcome(state) + " by " + state.rule();
    }

    @Override
    protected List<String> expectedRules(OverdueScenario s) {
        return List.of(s.expectedRule());
    }

    @Override
    protected List<String> precedenceProblems(OverdueLadder ladder, List<OverdueScenario> scenarios) {
        List<OverdueQuery> sample = new ArrayList<>(grid(GRID_TODAY));
        scenarios.forEach(s -> sample.add(s.query()));
        return ladder.precedenceProblems(sample);
    }

    /** Every combination of flags, days around every threshold, amounts around every threshold. */
    public static List<OverdueQuery> grid(LocalDate today) {
        List<OverdueQuery> sample = new ArrayList<>();
        StaffDecision inForce = new StaffDecision("payment plan", today);
        StaffDecision ended = new StaffDecision("payment plan", today.minusDays(1));
        for (StaffDecision decision : new StaffDecision[] {null, inForce, ended}) {
            for (boolean hardship : List.of(false, true)) {
                for (boolean disputed : List.of(false, true)) {
                    for (int days : List.of(-1, 0, 1, 2, 29, 30, 31, 89, 90, 91, 365)) {
                        for (long owed : List.of(-1L, 0L, 1L, 999L, 1000L, 9999L, 10000L, 99999L, 100000L, 1000000L)) {
                            sample.add(new OverdueQuery("a", today.minusDays(days), today, owed, hardship, disputed,
                                    decision));
                        }
                    }
                }
            }
        }
        return sample;
    }
}
