package cn.lianxin.onecard.rules.propertyfee;

import static org.assertj.core.api.Assertions.assertThat;

import cn.lianxin.onecard.rules.ShippedRuleSets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Runs the real, shipped property-fee rule set over every row of property-fees.scenarios.csv. */
class PropertyFeeScenariosTest {

    private static PropertyFees propertyFees;

    @BeforeAll
    static void load() {
        propertyFees = ShippedRuleSets.load().propertyFees();
    }

    static Stream<PropertyFeeScenario> scenarios() {
        return PropertyFeeScenario.shipped().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void shouldBillTheExpectedFeeByTheExpectedRules(PropertyFeeScenario scenario) {
        FeeClass feeClass = scenario.household().feeClass();
        PropertyTariff tariff = propertyFees.tariffs(List.of(feeClass)).get(feeClass);
        PropertyFee fee = tariff.fee(scenario.household());

        assertThat(fee.status()).as("status").isEqualTo(scenario.expectedStatus());
        assertThat(fee.feeFen()).as("fee in fen").isEqualTo(scenario.expectedFeeFen());
        assertThat(fee.appliedRules()).as("applied rules").containsExactlyElementsOf(scenario.expectedRules());
        // the engine's own record of what fired: every rule that gave a term, and nothing else
        List<String> terms = Stream.of(tariff.unitPrice(), tariff.holderDiscount(), tariff.vacancyDiscount(),
                tariff.minimumCharge()).filter(Objects::nonNull).map(PropertyFeeTerm::rule).toList();
        assertThat(tariff.firedRules()).as("fired rules").containsExactlyInAnyOrderElementsOf(terms)
                .containsAll(scenario.expectedRules());
    }

    @Test
    void shouldGiveTheSameFeesWhenAllScenariosAreBilledInOneCall() {
        List<PropertyFeeScenario> scenarios = PropertyFeeScenario.shipped();

        List<PropertyFee> fees = propertyFees.bill(scenarios.stream().map(PropertyFeeScenario::household).toList());

        assertThat(fees).hasSameSizeAs(scenarios);
        for (int i = 0; i < scenarios.size(); i++) {
            PropertyFeeScenario s = scenarios.get(i);
            assertThat(fees.get(i).household()).isSameAs(s.household());
            assertThat(fees.get(i).feeFen()).as(s.toString()).isEqualTo(s.expectedFeeFen());
            assertThat(fees.get(i).appliedRules()).as(s.toString()).isEqualTo(s.expectedRules());
        }
    }

    @Test
    void shouldHaveAScenarioApplyingEveryRule() {
        List<String> applied = new ArrayList<>();
        PropertyFeeScenario.shipped().forEach(s -> applied.addAll(s.expectedRules()));

        assertThat(applied).containsAll(propertyFees.ruleSet().ruleNames());
    }
}
