package cn.lianxin.onecard.rules;

import cn.lianxin.onecard.rules.cardfee.CardFees;
import cn.lianxin.onecard.rules.clearing.ClearingShares;
import cn.lianxin.onecard.rules.engine.CompiledRuleSet;
import cn.lianxin.onecard.rules.engine.RuleSetCatalog;
import cn.lianxin.onecard.rules.engine.RuleSetCompilationException;
import cn.lianxin.onecard.rules.engine.RuleSetCompiler;
import cn.lianxin.onecard.rules.engine.RuleSetKind;
import cn.lianxin.onecard.rules.engine.RuleVocabulary;
import cn.lianxin.onecard.rules.engine.RuleSetSource;
import cn.lianxin.onecard.rules.latefee.LateFees;
import cn.lianxin.onecard.rules.overdue.OverdueLadder;
import cn.lianxin.onecard.rules.propertyfee.PropertyFees;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The rule sets shipped in this jar ({@code rulesets/catalog.properties}), compiled and verified.
 * The application calls {@link #load()} once at start-up; it fails loudly on any problem in any rule set.
 */
public final class ShippedRuleSets {

    private final Map<String, CompiledRuleSet> byName;
    private final CardFees cardFees;
    private final PropertyFees propertyFees;
    private final LateFees lateFees;
    private final OverdueLadder overdueLadder;
    private final ClearingShares clearingShares;

    private ShippedRuleSets(Map<String, CompiledRuleSet> byName) {
        this.byName = Map.copyOf(byName);
        this.cardFees = new CardFees(get(CardFees.RULE_SET));
        this.propertyFees = new PropertyFees(get(PropertyFees.RULE_SET));
        this.lateFees = new LateFees(get(LateFees.RULE_SET));
        this.overdueLadder = new OverdueLadder(get(OverdueLadder.RULE_SET));
        this.clearingShares = new ClearingShares(get(ClearingShares.RULE_SET));
    }

    /**
     * Compiles every shipped rule set.
     *
     * @throws RuleSetCompilationException for the first rule set refused (the others refused are
     *                                     attached as suppressed exceptions)
     * @throws IllegalStateException       if the catalog or a file it names cannot be read
     */
    public static ShippedRuleSets load() {
        return load(RuleSetCatalog.fromClasspath(ShippedRuleSets.class.getClassLoader()));
    }

    static ShippedRuleSets load(RuleSetCatalog catalog) {
        Map<String, CompiledRuleSet> compiled = new LinkedHashMap<>();
        RuleSetCompilationException failure = null;
        for (RuleSetSource source : catalog.sources()) {
            try {
                // the shipped files pass the same allow-list as an analyst's (docs/security.md)
                RuleVocabulary vocabulary = RuleSetKinds.all().stream().filter(k -> k.name().equals(source.name()))
                        .findFirst().map(RuleSetKind::vocabulary).orElse(null);
                compiled.put(source.name(), RuleSetCompiler.compile(source, vocabulary));
            } catch (RuleSetCompilationException e) {
                if (failure == null) {
                    failure = e;
                } else {
                    failure.addSuppressed(e);
                }
            }
        }
        if (failure != null) {
            throw failure;
        }
        return new ShippedRuleSets(compiled);
    }

    /** The rule set of that name; fails if none was shipped. */
    public CompiledRuleSet get(String name) {
        CompiledRuleSet ruleSet = byName.get(name);
        if (ruleSet == null) {
            throw new IllegalArgumentException("no shipped rule set " + name + "; shipped: " + new TreeSet<>(byName.keySet()));
        }
        return ruleSet;
    }

    /** All shipped rule sets, by name. */
    public List<CompiledRuleSet> all() {
        return byName.values().stream().sorted((a, b) -> a.name().compareTo(b.name())).toList();
    }

    /** The card-fee rule set, typed. */
    public CardFees cardFees() {
        return cardFees;
    }

    /** The monthly property-fee rule set, typed. */
    public PropertyFees propertyFees() {
        return propertyFees;
    }

    /** The late-fee (滞纳金) rule set, typed. */
    public LateFees lateFees() {
        return lateFees;
    }

    /** The overdue ladder, typed. */
    public OverdueLadder overdueLadder() {
        return overdueLadder;
    }

    /** The clearing-share rule set, typed. */
    public ClearingShares clearingShares() {
        return clearingShares;
    }
}
