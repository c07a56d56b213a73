package cn.lianxin.onecard.rules.overdue;

import static org.assertj.core.api.Assertions.assertThat;

import cn.lianxin.onecard.rules.ShippedRuleSets;
import cn.lianxin.onecard.rules.engine.FactOutcome;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Runs the real, shipped overdue ladder over every row of overdue-ladder.scenarios.csv. */
class OverdueScenariosTest {

    private static OverdueLadder ladder;

    @BeforeAll
    static void load() {
        ladder = ShippedRuleSets.load().overdueLadder();
    }

    static Stream<OverdueScenario> scenarios() {
        return OverdueScenario.shipped().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void shouldPutTheAccountOnTheExpectedRungByTheExpectedRule(OverdueScenario scenario) {
        FactOutcome<OverdueQuery, OverdueState> outcome = ladder.evaluate(List.of(scenario.query())).get(0);

        OverdueState state = outcome.single();
        assertThat(OverdueScenario.outcome(state)).as("outcome").isEqualTo(scenario.expectedLevel());
        assertThat(outcome.firedRules()).as("fired rules").containsExactly(scenario.expectedRule());
        assertThat(state.rule()).isEqualTo(scenario.expectedRule());
        assertThat(state.reason()).isNotBlank();
    }

    @Test
    void shouldGiveTheSameAnswersInOneCallAndInReverseOrder() {
        List<OverdueScenario> scenarios = OverdueScenario.shipped();
        List<OverdueQuery> queries = scenarios.stream().map(OverdueScenario::query).toList();

        List<OverdueState> forward = ladder.states(queries);
        List<OverdueState> backward = ladder.states(reversed(queries));

        for (int i = 0; i < scenarios.size(); i++) {
            OverdueScenario s = scenarios.get(i);
            assertThat(OverdueScenario.outcome(forward.get(i))).as(s.toString()).isEqualTo(s.expectedLevel());
            assertThat(forward.get(i).rule()).as(s.toString()).isEqualTo(s.expectedRule());
            assertThat(backward.get(scenarios.size() - 1 - i)).as(s.toString()).isEqualTo(forward.get(i));
        }
    }

    @Test
    void shouldHaveAScenarioForEveryRule() {
        assertThat(OverdueScenario.shipped()).extracting(OverdueScenario::expectedRule)
                .containsAll(ladder.ruleSet().ruleNames());
    }

    private static <T> List<T> reversed(List<T> list) {
        List<T> copy = new ArrayList<>(list);
        Collections.reverse(copy);
        return copy;
    }
}
