package cn.lianxin.onecard.app.ruleset;

import cn.lianxin.onecard.app.household.HouseholdFeeFacts;
import cn.lianxin.onecard.rules.cardfee.CardFee;
import cn.lianxin.onecard.rules.cardfee.CardFeeKind;
import cn.lianxin.onecard.rules.cardfee.CardFeeQuery;
import cn.lianxin.onecard.rules.cardfee.CardFees;
import cn.lianxin.onecard.rules.cardfee.CardOperation;
import cn.lianxin.onecard.rules.clearing.ClearingShares;
import cn.lianxin.onecard.rules.latefee.LateFee;
import cn.lianxin.onecard.rules.latefee.LateFeeKind;
import cn.lianxin.onecard.rules.latefee.LateFeeQuery;
import cn.lianxin.onecard.rules.latefee.LateFees;
import cn.lianxin.onecard.rules.overdue.OverdueKind;
import cn.lianxin.onecard.rules.overdue.OverdueLadder;
import cn.lianxin.onecard.rules.overdue.OverdueQuery;
import cn.lianxin.onecard.rules.overdue.OverdueState;
import cn.lianxin.onecard.rules.propertyfee.Household;
import cn.lianxin.onecard.rules.propertyfee.PropertyFee;
import cn.lianxin.onecard.rules.propertyfee.PropertyFeeKind;
import cn.lianxin.onecard.rules.propertyfee.PropertyFees;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * What-if on the live data: the same facts, read once from the database, evaluated by the active
 * version and by a candidate, outcome against outcome. Read-only; "today" is the clock's date.
 * <ul>
 *   <li>property fees: every active household's monthly fee;</li>
 *   <li>card fees: every active card's return fee and replacement fee today;</li>
 *   <li>late fees: every open bill's late fee today;</li>
 *   <li>overdue ladder: every household with open bills, its rung today;</li>
 *   <li>clearing shares: nothing yet — clearing runs on settled takings, which a later issue brings.</li>
 * </ul>
 */
@Component
class WhatIf {

    private final JdbcTemplate jdbc;
    private final HouseholdFeeFacts households;
    private final Clock clock;

    WhatIf(JdbcTemplate jdbc, HouseholdFeeFacts households, Clock clock) {
        this.jdbc = jdbc;
        this.households = households;
        this.clock = clock;
    }

    /** Compares a candidate's typed evaluation with the active one's. */
    WhatIfReport compare(ActiveRuleSets.Active<?> active, Object candidate) {
        String ruleSet = active.kind().name();
        String version = active.versionId();
        Object current = active.typed();
        LocalDate today = LocalDate.now(clock);
        return switch (ruleSet) {
            case "property-fees" -> propertyFees(version, (PropertyFees) current, (PropertyFees) candidate);
            case "card-fees" -> cardFees(version, (CardFees) current, (CardFees) candidate, today);
            case "late-fees" -> lateFees(version, (LateFees) current, (LateFees) candidate, today);
            case "overdue-ladder" -> overdue(version, (OverdueLadder) current, (OverdueLadder) candidate, today);
            case "clearing-shares" -> WhatIfReport.nothingToCompare(ruleSet, version, "clearings",
                    "no clearing has run on the live data yet; the scenarios are the comparison");
            default -> throw new IllegalArgumentException("no what-if for rule set " + ruleSet);
        };
    }

    private WhatIfReport propertyFees(String version, PropertyFees before, PropertyFees after) {
        List<Household> facts = households.all();
        return WhatIfReport.compare(PropertyFees.RULE_SET, version, "households",
                facts.stream().map(Household::householdId).toList(),
                outcomes(before.bill(facts), WhatIf::propertyFee), outcomes(after.bill(facts), WhatIf::propertyFee));
    }

    private static WhatIfReport.Outcome propertyFee(PropertyFee fee) {
        return new WhatIfReport.Outcome(PropertyFeeKind.describe(fee), fee.decided() ? fee.feeFen() : null);
    }

    private WhatIfReport cardFees(String version, CardFees before, CardFees after, LocalDate today) {
        List<CardFeeQuery> queries = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        jdbc.query("select card_no, card_type_code, issued_on from card where status = 'ACTIVE' order by card_no", row -> {
            for (CardOperation operation : CardOperation.values()) {
                queries.add(new CardFeeQuery(row.getString(2), operation, row.getDate(3).toLocalDate(), today, false));
                ids.add(row.getString(1) + " " + operation);
            }
        });
        return WhatIfReport.compare(CardFees.RULE_SET, version, "active cards, return and replacement", ids,
                outcomes(before.fees(queries), WhatIf::cardFee), outcomes(after.fees(queries), WhatIf::cardFee));
    }

    private static WhatIfReport.Outcome cardFee(CardFee fee) {
        return new WhatIfReport.Outcome(CardFeeKind.describe(fee), fee.decided() ? fee.feeFen() : null);
    }

    private WhatIfReport lateFees(String version, LateFees before, LateFees after, LocalDate today) {
        List<LateFeeQuery> queries = jdbc.query("select household_id, billing_period, bill_kind, amount_fen - paid_fen, "
                + "due_date, disputed from bill where status = 'OPEN' order by bill_id", (row, n) -> new LateFeeQuery(
                row.getString(1) + " " + row.getString(2) + " " + row.getString(3), row.getString(3), row.getLong(4),
                row.getDate(5).toLocalDate(), today, row.getBoolean(6)));
        return WhatIfReport.compare(LateFees.RULE_SET, version, "open bills",
                queries.stream().map(LateFeeQuery::billId).toList(),
                outcomes(before.fees(queries), WhatIf::lateFee), outcomes(after.fees(queries), WhatIf::lateFee));
    }

    private static WhatIfReport.Outcome lateFee(LateFee fee) {
        return new WhatIfReport.Outcome(LateFeeKind.describe(fee), fee.decided() ? fee.feeFen() : null);
    }

    private WhatIfReport overdue(String version, OverdueLadder before, OverdueLadder after, LocalDate today) {
        List<OverdueQuery> queries = jdbc.query("select household_id, min(due_date), sum(amount_fen - paid_fen), "
                + "max(case when disputed then 1 else 0 end) from bill where status = 'OPEN' group by household_id "
                + "order by household_id", (row, n) -> new OverdueQuery(row.getString(1), row.getDate(2).toLocalDate(), today,
                row.getLong(3), false, row.getInt(4) == 1, null));
        return WhatIfReport.compare(OverdueLadder.RULE_SET, version, "households with open bills",
                queries.stream().map(OverdueQuery::accountId).toList(),
                outcomes(before.states(queries), WhatIf::rung), outcomes(after.states(queries), WhatIf::rung));
    }

    private static WhatIfReport.Outcome rung(OverdueState state) {
        return new WhatIfReport.Outcome(OverdueKind.describe(state), null);
    }

    private static <R> List<WhatIfReport.Outcome> outcomes(List<R> results, Function<R, WhatIfReport.Outcome> outcome) {
        return results.stream().map(outcome).toList();
    }
}
