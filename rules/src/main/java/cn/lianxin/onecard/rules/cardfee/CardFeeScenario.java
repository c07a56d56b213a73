package cn.lianxin.onecard.rules.cardfee;

import cn.lianxin.onecard.rules.engine.Scenario;
import cn.lianxin.onecard.rules.engine.ScenarioCsv;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * One regression scenario of the card-fee rule set: a query and the outcome it must get.
 *
 * <p>The scenarios live next to the table, in {@value #SHIPPED}, one a row:
 * <pre>
 * scenario,card_type,operation,issued_on,today,damaged,expected_fee_fen,expected_rule
 * senior card lost,03,REPLACE,2022-10-08,2026-11-24,no,1000,replace-senior
 * </pre>
 * Dates are {@code 2026-11-24} (or {@code 2026/11/24}, as Excel writes them back); {@code damaged}
 * is {@code yes} or {@code no}; {@code expected_fee_fen} is whole fen, or {@code none} when the
 * query must get "no fee rule".
 *
 * @param line              the scenario's line in the file
 * @param name              the scenario column: what the case is, in words
 * @param query             the query built from the input columns
 * @param expectedStatus    {@link CardFee.Status#NO_FEE_RULE} for {@code none}, else DECIDED
 * @param expectedFeeFen    the expected fee (0 for {@code none})
 * @param expectedRule      the rule that must decide
 */
public record CardFeeScenario(int line, String name, CardFeeQuery query, CardFee.Status expectedStatus,
                              long expectedFeeFen, String expectedRule) implements Scenario {

    /** The shipped scenarios on the classpath. */
    public static final String SHIPPED = "rulesets/card-fees/card-fees.scenarios.csv";

    static final List<String> COLUMNS = List.of("scenario", "card_type", "operation", "issued_on", "today",
            "damaged", "expected_fee_fen", "expected_rule");

    /** The shipped scenarios. */
    public static List<CardFeeScenario> shipped() {
        return parse(ScenarioCsv.readShipped(SHIPPED), "card-fees.scenarios.csv");
    }

    /** Parses a scenario file; an error names the line and the column. */
    public static List<CardFeeScenario> parse(String csv, String source) {
        return ScenarioCsv.parse(csv, source, COLUMNS).stream().map(CardFeeScenario::of).toList();
    }

    private static CardFeeScenario of(ScenarioCsv.Row row) {
        String cardType = row.get("card_type");
        if (cardType.matches("\\d")) {
            throw row.error("card_type", "a card type code has two digits; if Excel dropped the leading zero, "
                    + "format the column as Text and write 0" + cardType);
        }
        CardOperation operation;
        try {
            operation = CardOperation.valueOf(row.get("operation").toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw row.error("operation", "must be RETURN or REPLACE");
        }
        LocalDate issuedOn = row.date("issued_on");
        LocalDate today = row.date("today");
        boolean damaged = row.yesNo("damaged");
        CardFeeQuery query;
        try {
            query = new CardFeeQuery(cardType, operation, issuedOn, today, damaged);
        } catch (IllegalArgumentException e) {
            throw row.error("issued_on", e.getMessage());
        }
        String fee = row.get("expected_fee_fen");
        CardFee.Status status = fee.equalsIgnoreCase("none") ? CardFee.Status.NO_FEE_RULE : CardFee.Status.DECIDED;
        long feeFen = 0;
        if (status == CardFee.Status.DECIDED) {
            try {
                feeFen = Long.parseLong(fee);
            } catch (NumberFormatException e) {
                throw row.error("expected_fee_fen", "must be whole fen (e.g. 2000 for 20 yuan) or none");
            }
            if (feeFen < 0) {
                throw row.error("expected_fee_fen", "a fee is never negative");
            }
        }
        return new CardFeeScenario(row.line(), row.get("scenario"), query, status, feeFen, row.get("expected_rule"));
    }

    @Override
    public String toString() {
        return "line " + line + ": " + name;
    }
}
