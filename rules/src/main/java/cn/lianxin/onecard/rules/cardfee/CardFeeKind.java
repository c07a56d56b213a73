package cn.lianxin.onecard.rules.cardfee;

import cn.lianxin.onecard.rules.engine.RuleVocabulary;
import cn.lianxin.onecard.rules.engine.ScenarioRuleSetKind;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The card-fee rule set as the version check sees it. */
public final class CardFeeKind extends ScenarioRuleSetKind<CardFees, CardFeeScenario> {

    private static final LocalDate GRID_TODAY = LocalDate.of(2026, 11, 24);

    public CardFeeKind() {
        super(CardFees.RULE_SET, "Card fees", RuleVocabulary.of(CardFeeQuery.class, CardFee.class, CardOperation.class),
                CardFees::new, CardFees::ruleSet, CardFeeScenario::parse);
    }


    @Override
    protected String expected(CardFeeScenario s) {
        return s.expectedStatus() == CardFee.Status.DECIDED
                ? s.expectedFeeFen() + " fen by " + s.expectedRule() : "no fee rule by " + s.expectedRule();
    }

    @Override
    protected String actual(CardFees fees, CardFeeScenario s) {
        return describe(fees.fee(s.query()));
    }

    /** A fee in the words of a scenario's expectation. */
    public static String describe(CardFee fee) {
        return fee.decided() ? fee.feeFen() + " fen by " + fee.rule() : "no fee rule by " + fee.rule();
    }

    @Override
    protected List<String> expectedRules(CardFeeScenario s) {
        return List.of(s.expectedRule());
    }

    @Override
    protected List<String> precedenceProblems(CardFees fees, List<CardFeeScenario> scenarios) {
        List<CardFeeQuery> sample = new ArrayList<>(grid(GRID_TODAY));
        scenarios.forEach(s -> sample.add(s.query()));
        return fees.precedenceConflicts(sample);
    }

    /** Every card type code 00–10 and 99, both operations, damaged or not, card ages around every threshold up to 20 years. */
    public static List<CardFeeQuery> grid(LocalDate today) {
        List<String> types = new ArrayList<>();
        for (int t = 0; t <= 10; t++) {
            types.add(String.format("%02d", t));
        }
        types.add("99");
        List<CardFeeQuery> grid = new ArrayList<>();
        for (String type : types) {
            for (CardOperation op : CardOperation.values()) {
                for (boolean damaged : new boolean[] {false, true}) {
                    for (int months : new int[] {0, 1, 2, 6, 10, 11, 12, 13, 14, 23, 24, 25, 60, 240}) {
                        LocalDate issued = today.minusMonths(months);
                        grid.add(new CardFeeQuery(type, op, issued, today, damaged));
                        grid.add(new CardFeeQuery(type, op, issued.minusDays(1), today, damaged));
                        if (months > 0) {
                            grid.add(new CardFeeQuery(type, op, issued.plusDays(1), today, damaged));
                        }
                    }
                }
            }
        }
        return grid;
    }
}
