package cn.lianxin.onecard.rules.propertyfee;

import cn.lianxin.onecard.rules.engine.RuleEvaluationException;
import cn.lianxin.onecard.rules.engine.RuleVocabulary;
import cn.lianxin.onecard.rules.engine.ScenarioRuleSetKind;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The monthly property-fee rule set as the version check sees it. */
public final class PropertyFeeKind extends ScenarioRuleSetKind<PropertyFees, PropertyFeeScenario> {

    public PropertyFeeKind() {
        super(PropertyFees.RULE_SET, "Property fees",
                RuleVocabulary.of(FeeClass.class, PropertyFeeTerm.class, BuildingType.class, HolderCategory.class),
                PropertyFees::new, PropertyFees::ruleSet, PropertyFeeScenario::parse);
    }


    @Override
    protected String expected(PropertyFeeScenario s) {
        return s.expectedStatus() == PropertyFee.Status.DECIDED
                ? s.expectedFeeFen() + " fen by " + String.join(" + ", s.expectedRules()) : "no unit price";
    }

    @Override
    protected String actual(PropertyFees fees, PropertyFeeScenario s) {
        return describe(fees.fee(s.household()));
    }

    /** A fee in the words of a scenario's expectation. */
    public static String describe(PropertyFee fee) {
        return fee.decided() ? fee.feeFen() + " fen by " + String.join(" + ", fee.appliedRules()) : "no unit price";
    }

    @Override
    protected List<String> expectedRules(PropertyFeeScenario s) {
        return s.expectedRules();
    }

    /**
     * Rows of one table that overlap, over every fee class of the communities the scenarios name:
     * every building type, holder category and vacancy.
     */
    @Override
    protected List<String> precedenceProblems(PropertyFees fees, List<PropertyFeeScenario> scenarios) {
        Set<String> communities = new LinkedHashSet<>();
        scenarios.forEach(s -> communities.add(s.household().feeClass().communityCode()));
        List<String> problems = new ArrayList<>();
        for (String community : communities) {
            for (BuildingType type : BuildingType.values()) {
                for (HolderCategory category : HolderCategory.values()) {
                    for (boolean vacant : new boolean[] {false, true}) {
                        try {
                            fees.tariffs(List.of(new FeeClass(community, type, category, vacant)));
                        } catch (RuleEvaluationException e) {
                            problems.add(e.getMessage());
                        }
                    }
                }
            }
        }
        return problems;
    }
}
