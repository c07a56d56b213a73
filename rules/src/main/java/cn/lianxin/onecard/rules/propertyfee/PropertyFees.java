package cn.lianxin.onecard.rules.propertyfee;

import cn.lianxin.onecard.rules.engine.CompiledRuleSet;
import cn.lianxin.onecard.rules.engine.FactOutcome;
import cn.lianxin.onecard.rules.engine.RuleEvaluationException;
import cn.lianxin.onecard.rules.engine.RuleInfo;
import cn.lianxin.onecard.rules.engine.RuleSetCompilationException;
import cn.lianxin.onecard.rules.engine.RuleSetProblem;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The monthly property-fee rule set, typed: households in, one {@link PropertyFee} out per household.
 *
 * <p>The rules see only a household's {@link FeeClass}, never its area. {@link #bill} therefore
 * evaluates the rules once per <em>distinct</em> fee class among the households (with fired-rule
 * tracking) and applies the {@linkplain PropertyTariff fee formula} to each household: a city's
 * households fall into a few hundred fee classes, so the monthly run costs a few hundred rule
 * evaluations plus one multiplication per household.
 *
 * <p>Checked for every fee class: at most one term of each kind (two rows of one table matching the
 * same household is refused, naming both rules: the row order never decides).
 */
public final class PropertyFees {

    public static final String RULE_SET = "property-fees";
    /** The rule metadata holding the reason (each table's Reason column). */
    public static final String REASON = "reason";

    private final CompiledRuleSet ruleSet;

    /** @throws RuleSetCompilationException if a rule gives no reason */
    public PropertyFees(CompiledRuleSet ruleSet) {
        if (!RULE_SET.equals(ruleSet.name())) {
            throw new IllegalArgumentException("not the property-fee rule set: " + ruleSet.name());
        }
        List<RuleSetProblem> problems = new ArrayList<>();
        for (RuleInfo rule : ruleSet.rules()) {
            Object reason = rule.metadata().get(REASON);
            if (reason == null || reason.toString().isBlank()) {
                problems.add(RuleSetProblem.of(RuleSetProblem.Kind.CONTRACT, RULE_SET, null,
                        "rule '" + rule.name() + "' gives no reason (the Reason column is empty)"));
            }
        }
        if (!problems.isEmpty()) {
            throw new RuleSetCompilationException(RULE_SET, problems);
        }
        this.ruleSet = ruleSet;
    }

    public CompiledRuleSet ruleSet() {
        return ruleSet;
    }

    /**
     * What the rules decide for each fee class, evaluated in one session call (equal fee classes
     * once), with the rules that fired on each.
     *
     * @throws RuleEvaluationException if two rules of one table match the same fee class
     */
    public Map<FeeClass, PropertyTariff> tariffs(List<FeeClass> feeClasses) {
        Map<FeeClass, FeeClass> distinct = new LinkedHashMap<>();
        for (FeeClass c : feeClasses) {
            distinct.putIfAbsent(c, c);
        }
        List<FactOutcome<FeeClass, PropertyFeeTerm>> outcomes =
                ruleSet.evaluate(List.copyOf(distinct.keySet()), PropertyFeeTerm.class, PropertyFeeTerm::feeClass);
        Map<FeeClass, PropertyTariff> tariffs = new HashMap<>(outcomes.size() * 2);
        for (FactOutcome<FeeClass, PropertyFeeTerm> o : outcomes) {
            Map<PropertyFeeTerm.Kind, PropertyFeeTerm> byKind = new EnumMap<>(PropertyFeeTerm.Kind.class);
            for (PropertyFeeTerm term : o.results()) {
                PropertyFeeTerm other = byKind.put(term.kind(), term);
                if (other != null) {
                    List<String> two = new ArrayList<>(List.of(other.rule(), term.rule()));
                    two.sort(null);
                    throw new RuleEvaluationException(RULE_SET, null, "rules " + two + " both give a "
                            + term.kind() + " for " + o.fact() + ": rows of one table must not overlap", null);
                }
            }
            tariffs.put(o.fact(), new PropertyTariff(o.fact(), byKind.get(PropertyFeeTerm.Kind.UNIT_PRICE),
                    byKind.get(PropertyFeeTerm.Kind.HOLDER_DISCOUNT), byKind.get(PropertyFeeTerm.Kind.VACANCY_DISCOUNT),
                    byKind.get(PropertyFeeTerm.Kind.MINIMUM_CHARGE), o.firedRules()));
        }
        return tariffs;
    }

    /** The fees of all households, in input order. */
    public List<PropertyFee> bill(List<Household> households) {
        List<FeeClass> classes = new ArrayList<>();
        Map<FeeClass, Boolean> seen = new HashMap<>();
        for (Household h : households) {
            if (seen.putIfAbsent(h.feeClass(), Boolean.TRUE) == null) {
                classes.add(h.feeClass());
            }
        }
        Map<FeeClass, PropertyTariff> tariffs = tariffs(classes);
        List<PropertyFee> fees = new ArrayList<>(households.size());
        for (Household h : households) {
            fees.add(tariffs.get(h.feeClass()).fee(h));
        }
        return fees;
    }

    /** The fee of one household. */
    public PropertyFee fee(Household household) {
        return bill(List.of(household)).get(0);
    }
}
