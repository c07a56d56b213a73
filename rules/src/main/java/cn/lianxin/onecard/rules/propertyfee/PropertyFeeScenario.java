package cn.lianxin.onecard.rules.propertyfee;

import cn.lianxin.onecard.rules.engine.Scenario;
import cn.lianxin.onecard.rules.engine.ScenarioCsv;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One regression scenario of the property-fee rule set, from {@value #SHIPPED}:
 * <pre>
 * scenario,community,building_type,holder_category,vacant,area_m2,expected_fee_fen,expected_rules
 * senior holder gets 20% off,32030101,HIGH_RISE,SENIOR,no,89.35,13224,price-32030101-high-rise + discount-senior
 * </pre>
 * {@code area_m2} is square metres with at most two decimals (read exactly, never as a floating-point
 * number); {@code expected_fee_fen} whole fen or {@code none} (no unit price); {@code expected_rules}
 * the applied rules in formula order joined by {@code +}, or {@code none}.
 */
public record PropertyFeeScenario(int line, String name, Household household, PropertyFee.Status expectedStatus,
                                  long expectedFeeFen, List<String> expectedRules) implements Scenario {

    public static final String SHIPPED = "rulesets/property-fees/property-fees.scenarios.csv";

    static final List<String> COLUMNS = List.of("scenario", "community", "building_type", "holder_category",
            "vacant", "area_m2", "expected_fee_fen", "expected_rules");

    private static final Pattern AREA = Pattern.compile("(\\d{1,9})(?:\\.(\\d{1,2}))?");

    public static List<PropertyFeeScenario> shipped() {
        return parse(ScenarioCsv.readShipped(SHIPPED), "property-fees.scenarios.csv");
    }

    public static List<PropertyFeeScenario> parse(String csv, String source) {
        return ScenarioCsv.parse(csv, source, COLUMNS).stream().map(PropertyFeeScenario::of).toList();
    }

    /** Square metres with at most two decimals, e.g. {@code 89.35}, as hundredths of a square metre. */
    public static long areaCentiM2(String text) {
        Matcher m = AREA.matcher(text);
        if (!m.matches()) {
            throw new IllegalArgumentException("not an area like 89.35 (square metres, at most two decimals)");
        }
        String decimals = m.group(2) == null ? "00" : (m.group(2) + "0").substring(0, 2);
        return Long.parseLong(m.group(1)) * 100 + Long.parseLong(decimals);
    }

    private static PropertyFeeScenario of(ScenarioCsv.Row row) {
        BuildingType type = enumValue(row, "building_type", BuildingType.class);
        HolderCategory category = enumValue(row, "holder_category", HolderCategory.class);
        boolean vacant = row.yesNo("vacant");
        long area;
        try {
            area = areaCentiM2(row.get("area_m2"));
        } catch (IllegalArgumentException e) {
            throw row.error("area_m2", e.getMessage());
        }
        Household household = new Household("scenario-line-" + row.line(), area,
                new FeeClass(row.get("community"), type, category, vacant));
        String fee = row.get("expected_fee_fen");
        PropertyFee.Status status = fee.equalsIgnoreCase("none") ? PropertyFee.Status.NO_UNIT_PRICE
                : PropertyFee.Status.DECIDED;
        long feeFen = 0;
        if (status == PropertyFee.Status.DECIDED) {
            try {
                feeFen = Long.parseLong(fee);
            } catch (NumberFormatException e) {
                throw row.error("expected_fee_fen", "must be whole fen (e.g. 16530 for 165.30 yuan) or none");
            }
            if (feeFen < 0) {
                throw row.error("expected_fee_fen", "a fee is never negative");
            }
        }
        String rules = row.get("expected_rules");
        List<String> expectedRules = rules.equalsIgnoreCase("none") ? List.of()
                : Arrays.stream(rules.split("\\+")).map(String::trim).toList();
        if (expectedRules.stream().anyMatch(String::isEmpty)) {
            throw row.error("expected_rules", "rule names joined by +, e.g. price-32030101-high-rise + discount-senior");
        }
        return new PropertyFeeScenario(row.line(), row.get("scenario"), household, status, feeFen, expectedRules);
    }

    private static <E extends Enum<E>> E enumValue(ScenarioCsv.Row row, String column, Class<E> type) {
        try {
            return Enum.valueOf(type, row.get(column).toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw row.error(column, "must be one of " + Arrays.toString(type.getEnumConstants()));
        }
    }

    @Override
    public String toString() {
        return "line " + line + ": " + name;
    }
}
