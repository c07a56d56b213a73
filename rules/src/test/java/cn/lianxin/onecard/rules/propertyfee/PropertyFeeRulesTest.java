package cn.lianxin.onecard.rules.propertyfee;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.lianxin.onecard.rules.ShippedRuleSets;
import cn.lianxin.onecard.rules.TestFiles;
import cn.lianxin.onecard.rules.engine.RuleEvaluationException;
import cn.lianxin.onecard.rules.engine.RuleResource;
import cn.lianxin.onecard.rules.engine.RuleSetCompilationException;
import cn.lianxin.onecard.rules.engine.RuleSetCompiler;
import cn.lianxin.onecard.rules.engine.RuleSetProblem;
import cn.lianxin.onecard.rules.engine.RuleSetSource;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class PropertyFeeRulesTest {

    static final String TABLE = "rulesets/property-fees/property-fees.drl.xlsx";

    private static PropertyFees shipped;

    @BeforeAll
    static void load() {
        shipped = ShippedRuleSets.load().propertyFees();
    }

    private static PropertyFees compile(String fileName, byte[] table, int expectedRules) {
        return new PropertyFees(RuleSetCompiler.compile(new RuleSetSource(PropertyFees.RULE_SET, expectedRules,
                List.of(RuleResource.of(fileName, table)))));
    }

    private static Household household(String community, BuildingType type, HolderCategory category, long area) {
        return new Household("h1", area, new FeeClass(community, type, category, false));
    }

    @Test
    void shouldLoadAllFourTablesAsElevenRules() {
        assertThat(shipped.ruleSet().ruleCount()).isEqualTo(11);
        assertThat(shipped.ruleSet().ruleNames()).containsExactlyInAnyOrder(
                "price-32030101-high-rise", "price-32030101-multi-storey", "price-32030102-residential", "price-32030102-shop",
                "price-32030103-villa", "discount-senior", "discount-subsidised", "discount-staff", "discount-vacant",
                "minimum-residential", "minimum-shop");
    }

    @Test
    void shouldRefuseTheTableUnderANameDroolsDoesNotRead() {
        assertThatThrownBy(() -> compile("property-fees.xlsx", TestFiles.classpath(TABLE), 11))
                .isInstanceOf(RuleSetCompilationException.class)
                .satisfies(e -> assertThat(((RuleSetCompilationException) e).problems()).extracting(RuleSetProblem::kind)
                        .contains(RuleSetProblem.Kind.UNSUPPORTED_RESOURCE));
    }

    @Test
    void shouldRefuseATableThatLostRowsToABlankRow() {
        // a blank row inside "Holder discounts": Drools reads no row of that table below it
        byte[] table = TestFiles.withBlankRow(TestFiles.classpath(TABLE), 23);

        assertThatThrownBy(() -> compile("property-fees.drl.xlsx", table, 11))
                .isInstanceOf(RuleSetCompilationException.class)
                .satisfies(e -> assertThat(((RuleSetCompilationException) e).problems()).extracting(RuleSetProblem::kind)
                        .contains(RuleSetProblem.Kind.RULE_COUNT));
    }

    @Test
    void shouldRefuseAHouseholdMatchedByTwoRowsOfOneTableNamingBoth() {
        // the shop price row now also covers high-rise flats of 32030102, which price-32030102-residential prices
        PropertyFees overlapping = compile("property-fees.drl.xlsx",
                TestFiles.withCell(TestFiles.classpath(TABLE), "C14", "SHOP, HIGH_RISE"), 11);

        assertThatThrownBy(() -> overlapping.fee(household("32030102", BuildingType.HIGH_RISE, HolderCategory.STANDARD, 5000)))
                .isInstanceOf(RuleEvaluationException.class)
                .hasMessageContaining("rules [price-32030102-residential, price-32030102-shop] both give a UNIT_PRICE");
        assertThat(overlapping.fee(household("32030102", BuildingType.SHOP, HolderCategory.STANDARD, 5000)).feeFen())
                .isEqualTo(17500);
    }

    @Test
    void shouldRefuseADiscountOverOneHundredPercentNamingTheRule() {
        PropertyFees broken = compile("property-fees.drl.xlsx",
                TestFiles.withCell(TestFiles.classpath(TABLE), "D22", "12000"), 11);

        assertThatThrownBy(() -> broken.fee(household("32030101", BuildingType.HIGH_RISE, HolderCategory.SENIOR, 5000)))
                .isInstanceOf(RuleEvaluationException.class)
                .hasMessageContaining("discount-senior")
                .hasMessageContaining("discount over 10000 basis points");
    }

    @Test
    void shouldGiveEqualHouseholdsTheSameFeeWhateverTheOrder() {
        Household a = household("32030101", BuildingType.HIGH_RISE, HolderCategory.SENIOR, 8935);
        Household b = household("32030101", BuildingType.HIGH_RISE, HolderCategory.SENIOR, 8935);
        Household c = household("32030102", BuildingType.SHOP, HolderCategory.STANDARD, 4520);

        List<PropertyFee> one = shipped.bill(List.of(a, c, b));
        List<PropertyFee> two = shipped.bill(List.of(c, b, a));

        assertThat(one.get(0).feeFen()).isEqualTo(13224).isEqualTo(one.get(2).feeFen()).isEqualTo(two.get(1).feeFen());
        assertThat(one.get(1)).isEqualTo(two.get(0));
        assertThat(one.get(2).household()).isSameAs(b);
    }

    @Test
    void shouldRoundHalfUpOnceAtTheEnd() {
        // 1 m² at 0.005 yuan = 0.5 fen -> 1 fen; 0.499 fen -> 0
        assertThat(PropertyTariff.roundedFeeFen(100, 50, 0, 0)).isEqualTo(1);
        assertThat(PropertyTariff.roundedFeeFen(100, 49, 0, 0)).isEqualTo(0);
        // 10 m² at 1.85 yuan less 20% less 30%: 1850 × 0.56 = 1036 exactly
        assertThat(PropertyTariff.roundedFeeFen(1000, 18500, 2000, 3000)).isEqualTo(1036);
        // rounding once: 3 × (0.5 fen rounded) would be 3 fen; the exact 1.5 fen rounds to 2
        assertThat(PropertyTariff.roundedFeeFen(300, 50, 0, 0)).isEqualTo(2);
        // beyond 64 bits in the product, still exact
        assertThat(PropertyTariff.roundedFeeFen(10_000_000, 35_000, 0, 0)).isEqualTo(35_000_000);
        assertThat(PropertyTariff.roundedFeeFen(10_000_001, 35_000, 1, 0)).isEqualTo(34_996_503);
    }

    @Test
    void shouldReadAreasExactlyAndRefuseMoreThanTwoDecimals() {
        assertThat(PropertyFeeScenario.areaCentiM2("89.35")).isEqualTo(8935);
        assertThat(PropertyFeeScenario.areaCentiM2("89.3")).isEqualTo(8930);
        assertThat(PropertyFeeScenario.areaCentiM2("89")).isEqualTo(8900);
        assertThatThrownBy(() -> PropertyFeeScenario.areaCentiM2("89.355")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PropertyFeeScenario.areaCentiM2("-1")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shouldNameTheLineAndColumnOfABadScenario() {
        String csv = String.join("\n", String.join(",", PropertyFeeScenario.COLUMNS),
                "flat,32030101,TOWER,STANDARD,no,89.35,16530,price-32030101-high-rise");

        assertThatThrownBy(() -> PropertyFeeScenario.parse(csv, "x.csv"))
                .hasMessageStartingWith("x.csv line 2, column building_type ('TOWER'): must be one of");
    }
}
