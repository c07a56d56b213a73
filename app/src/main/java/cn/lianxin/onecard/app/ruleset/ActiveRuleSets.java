package cn.lianxin.onecard.app.ruleset;

import cn.lianxin.onecard.rules.RuleSetKinds;
import cn.lianxin.onecard.rules.cardfee.CardFees;
import cn.lianxin.onecard.rules.clearing.ClearingShares;
import cn.lianxin.onecard.rules.engine.RuleSetKind;
import cn.lianxin.onecard.rules.latefee.LateFees;
import cn.lianxin.onecard.rules.overdue.OverdueLadder;
import cn.lianxin.onecard.rules.propertyfee.PropertyFees;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The version of each rule set that evaluations use now, compiled and ready.
 *
 * <p>Activation without a restart: a new version is compiled first and then swapped in with one
 * reference write. An evaluation asks for its rule set once, at its start ({@code
 * activeRuleSets.cardFees().fee(query)}), and keeps that immutable object to its end, so an
 * evaluation that started before an activation finishes on the version it started with; the next
 * one gets the new version. Nobody holds a rule set in a field.
 */
public class ActiveRuleSets {

    /** The active version of one rule set. */
    public record Active<T>(String versionId, RuleSetKind<T> kind, T typed) {

        public int ruleCount() {
            return kind.ruleSet(typed).ruleCount();
        }
    }

    private final Map<String, Active<?>> active = new ConcurrentHashMap<>();

    public CardFees cardFees() {
        return typed(RuleSetKinds.CARD_FEES);
    }

    public PropertyFees propertyFees() {
        return typed(RuleSetKinds.PROPERTY_FEES);
    }

    public LateFees lateFees() {
        return typed(RuleSetKinds.LATE_FEES);
    }

    public OverdueLadder overdueLadder() {
        return typed(RuleSetKinds.OVERDUE_LADDER);
    }

    public ClearingShares clearingShares() {
        return typed(RuleSetKinds.CLEARING_SHARES);
    }

    public <T> T typed(RuleSetKind<T> kind) {
        return active(kind).typed();
    }

    @SuppressWarnings("unchecked")
    public <T> Active<T> active(RuleSetKind<T> kind) {
        Active<?> current = active.get(kind.name());
        if (current == null) {
            throw new IllegalStateException("rule set " + kind.name() + " has no active version loaded");
        }
        return (Active<T>) current;
    }

    /** The active version id of each rule set, by rule-set name. */
    public Map<String, String> versions() {
        Map<String, String> versions = new TreeMap<>();
        active.forEach((name, a) -> versions.put(name, a.versionId()));
        return versions;
    }

    /** Makes this version the one later evaluations get. */
    <T> void install(Active<T> version) {
        active.put(version.kind().name(), version);
    }
}
