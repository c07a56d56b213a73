package cn.lianxin.onecard.rules.cardfee;

import static org.assertj.core.api.Assertions.assertThat;

import cn.lianxin.onecard.rules.ShippedRuleSets;
import cn.lianxin.onecard.rules.engine.FactOutcome;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Runs the real, shipped card-fee rule set over every row of card-fees.scenarios.csv. */
class CardFeeScenariosTest {

    private static CardFees cardFees;

    @BeforeAll
    static void load() {
        cardFees = ShippedRuleSets.load().cardFees();
    }

    static Stream<CardFeeScenario> scenarios() {
        return CardFeeScenario.shipped().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void shouldChargeTheExpectedFeeByTheExpectedRule(CardFeeScenario scenario) {
        FactOutcome<CardFeeQuery, CardFee> outcome = cardFees.evaluate(List.of(scenario.query())).get(0);

        CardFee fee = outcome.single();
        assertThat(fee.status()).as("status").isEqualTo(scenario.expectedStatus());
        assertThat(fee.feeFen()).as("fee in fen").isEqualTo(scenario.expectedFeeFen());
        assertThat(outcome.firedRules()).as("fired rules").containsExactly(scenario.expectedRule());
        assertThat(fee.rule()).isEqualTo(scenario.expectedRule());
        assertThat(fee.reason()).isNotBlank();
    }

    @Test
    void shouldGiveTheSameAnswersWhenAllScenariosRunInOneCall() {
        List<CardFeeScenario> scenarios = CardFeeScenario.shipped();

        List<CardFee> fees = cardFees.fees(scenarios.stream().map(CardFeeScenario::query).toList());

        assertThat(fees).hasSameSizeAs(scenarios);
        for (int i = 0; i < scenarios.size(); i++) {
            CardFeeScenario s = scenarios.get(i);
            assertThat(fees.get(i).query()).isSameAs(s.query());
            assertThat(fees.get(i).feeFen()).as(s.toString()).isEqualTo(s.expectedFeeFen());
            assertThat(fees.get(i).rule()).as(s.toString()).isEqualTo(s.expectedRule());
        }
    }

    @Test
    void shouldHaveAScenarioForEveryRule() {
        assertThat(CardFeeScenario.shipped()).extracting(CardFeeScenario::expectedRule)
                .containsAll(cardFees.ruleSet().ruleNames());
    }
}
