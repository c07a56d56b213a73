package cn.lianxin.onecard.rules;

import cn.lianxin.onecard.rules.cardfee.CardFeeKind;
import cn.lianxin.onecard.rules.clearing.ClearingKind;
import cn.lianxin.onecard.rules.engine.RuleSetKind;
import cn.lianxin.onecard.rules.latefee.LateFeeKind;
import cn.lianxin.onecard.rules.overdue.OverdueKind;
import cn.lianxin.onecard.rules.propertyfee.PropertyFeeKind;
import java.util.List;
import java.util.TreeSet;

/** Every rule set analysts may change, by name. */
public final class RuleSetKinds {

    public static final CardFeeKind CARD_FEES = new CardFeeKind();
    public static final PropertyFeeKind PROPERTY_FEES = new PropertyFeeKind();
    public static final LateFeeKind LATE_FEES = new LateFeeKind();
    public static final OverdueKind OVERDUE_LADDER = new OverdueKind();
    public static final ClearingKind CLEARING_SHARES = new ClearingKind();

    private static final List<RuleSetKind<?>> ALL = List.of(CARD_FEES, PROPERTY_FEES, LATE_FEES, OVERDUE_LADDER, CLEARING_SHARES);

    private RuleSetKinds() {
    }

    public static List<RuleSetKind<?>> all() {
        return ALL;
    }

    /** The rule set of that name; fails naming the known ones. */
    public static RuleSetKind<?> of(String name) {
        return ALL.stream().filter(k -> k.name().equals(name)).findFirst().orElseThrow(() -> new IllegalArgumentException(
                "no rule set '" + name + "'; the rule sets are " + new TreeSet<>(ALL.stream().map(RuleSetKind::name).toList())));
    }
}
