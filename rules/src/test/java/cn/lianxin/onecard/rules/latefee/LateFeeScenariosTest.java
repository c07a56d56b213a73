package cn.lianxin.onecard.rules.latefee;

import static org.assertj.core.api.Assertions.assertThat;

import cn.lianxin.onecard.rules.ShippedRuleSets;
import cn.lianxin.onecard.rules.engine.FactOutcome;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Runs the real, shipped late-fee rule set over every row of late-fees.scenarios.csv. */
class LateFeeScenariosTest {

    private static LateFees lateFees;

    @BeforeAll
    static void load() {
        lateFees = ShippedRuleSets.load().lateFees();
    }

    static Stream<LateFeeScenario> scenarios() {
        return LateFeeScenario.shipped().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void shouldChargeTheExpectedLateFeeByTheExpectedRule(LateFeeScenario scenario) {
        FactOutcome<LateFeeQuery, LateFee> outcome = lateFees.evaluate(List.of(scenario.query())).get(0);

        LateFee fee = outcome.single();
        assertThat(fee.status()).as("status").isEqualTo(scenario.expectedStatus());
        assertThat(fee.feeFen()).as("late fee in fen").isEqualTo(scenario.expectedFeeFen());
        assertThat(outcome.firedRules()).as("fired rules").containsExactly(scenario.expectedRule());
        assertThat(fee.rule()).isEqualTo(scenario.expectedRule());
        assertThat(fee.reason()).isNotBlank();
    }

    @Test
    void shouldGiveTheSameAnswersWhenAllScenariosRunInOneCall() {
        List<LateFeeScenario> scenarios = LateFeeScenario.shipped();

        List<LateFee> fees = lateFees.fees(scenarios.stream().map(LateFeeScenario::query).toList());

        for (int i = 0; i < scenarios.size(); i++) {
            LateFeeScenario s = scenarios.get(i);
            assertThat(fees.get(i).query()).isSameAs(s.query());
            assertThat(fees.get(i).feeFen()).as(s.toString()).isEqualTo(s.expectedFeeFen());
            assertThat(fees.get(i).rule()).as(s.toString()).isEqualTo(s.expectedRule());
        }
    }

    @Test
    void shouldHaveAScenarioForEveryRule() {
        assertThat(LateFeeScenario.shipped()).extracting(LateFeeScenario::expectedRule)
                .containsAll(lateFees.ruleSet().ruleNames());
    }
}
