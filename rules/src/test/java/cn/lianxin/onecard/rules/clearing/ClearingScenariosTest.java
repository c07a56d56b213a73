package cn.lianxin.onecard.rules.clearing;

import static org.assertj.core.api.Assertions.assertThat;

import cn.lianxin.onecard.rules.ShippedRuleSets;
import cn.lianxin.onecard.rules.engine.FactOutcome;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Runs the real, shipped clearing-share rule set over every row of clearing-shares.scenarios.csv. */
class ClearingScenariosTest {

    private static ClearingShares shares;

    @BeforeAll
    static void load() {
        shares = ShippedRuleSets.load().clearingShares();
    }

    static Stream<ClearingScenario> scenarios() {
        return ClearingScenario.shipped().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void shouldSplitTheClearingAsExpectedByTheExpectedRule(ClearingScenario scenario) {
        FactOutcome<ClearingQuery, ClearingShare> outcome = shares.evaluate(List.of(scenario.query())).get(0);

        ClearingShare share = outcome.single();
        assertThat(share.status()).as("status").isEqualTo(scenario.expectedStatus());
        assertThat(share.serviceFeeFen()).as("service fee").isEqualTo(scenario.expectedServiceFeeFen());
        assertThat(share.payoutFen()).as("payout").isEqualTo(scenario.expectedPayoutFen());
        assertThat(outcome.firedRules()).as("fired rules").containsExactly(scenario.expectedRule());
        assertThat(share.rule()).isEqualTo(scenario.expectedRule());
        if (share.decided()) {
            assertThat(share.serviceFeeFen() + share.payoutFen()).as("sums exactly").isEqualTo(scenario.query().clearedFen());
        }
    }

    @Test
    void shouldGiveTheSameAnswersWhenAllScenariosRunInOneCall() {
        List<ClearingScenario> scenarios = ClearingScenario.shipped();

        List<ClearingShare> all = shares.fees(scenarios.stream().map(ClearingScenario::query).toList());

        for (int i = 0; i < scenarios.size(); i++) {
            ClearingScenario s = scenarios.get(i);
            assertThat(all.get(i).query()).isSameAs(s.query());
            assertThat(all.get(i).serviceFeeFen()).as(s.toString()).isEqualTo(s.expectedServiceFeeFen());
            assertThat(all.get(i).rule()).as(s.toString()).isEqualTo(s.expectedRule());
        }
    }

    @Test
    void shouldHaveAScenarioForEveryRule() {
        assertThat(ClearingScenario.shipped()).extracting(ClearingScenario::expectedRule)
                .containsAll(shares.ruleSet().ruleNames());
    }
}
