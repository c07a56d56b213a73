package cn.lianxin.onecard.rules.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The time bound of a draft's check: rules that keep the engine busy are stopped at the limit and the
 * evaluation's thread ends, instead of holding a request for as long as the rules like.
 */
class EvaluationBudgetTest {

    /** Trusted test rules (not through the allow-list): each firing takes 200 ms. */
    private static final String SLOW = """
            package cn.lianxin.onecard.rules.engine.parcels;

            import cn.lianxin.onecard.rules.engine.Parcel;
            import cn.lianxin.onecard.rules.engine.Postage;

            rule "slow"
            when
                $p : Parcel()
            then
                try { Thread.sleep(200); } catch (InterruptedException e) { Thread.currentThread().interrupt(); }
                insert(new Postage($p, 1, drools.getRule().getName()));
                delete($p);
            end
            """;

    private static List<Parcel> parcels(int n) {
        List<Parcel> parcels = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            parcels.add(new Parcel("p" + i, 100));
        }
        return parcels;
    }

    private static List<Thread> checkThreads() {
        return Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().startsWith("rule-check-parcels")).toList();
    }

    @Test
    void shouldStopRulesThatRunPastTheLimitAndEndTheirThread() throws InterruptedException {
        CompiledRuleSet slow = RuleSetCompiler.compile(ParcelRules.source(1, SLOW));
        long started = System.nanoTime();

        // 100 firings of 200 ms would take 20 s
        EvaluationBudget.Outcome<Integer> outcome = EvaluationBudget.run("parcels", Duration.ofSeconds(1),
                () -> slow.evaluate(parcels(100), Postage.class, Postage::parcel).size());

        Duration took = Duration.ofNanos(System.nanoTime() - started);
        assertThat(outcome.stopped()).isTrue();
        assertThat(outcome.value()).isNull();
        assertThat(took).isLessThan(Duration.ofSeconds(5));
        for (Thread t : checkThreads()) {
            t.join(5000);
            assertThat(t.isAlive()).as(t.getName() + " ended").isFalse();
        }
    }

    @Test
    void shouldGiveTheValueOfWorkThatEndsInTime() {
        CompiledRuleSet parcels = ParcelRules.compiled();

        EvaluationBudget.Outcome<List<FactOutcome<Parcel, Postage>>> outcome = EvaluationBudget.run("parcels",
                Duration.ofSeconds(30), () -> parcels.evaluate(List.of(new Parcel("a", 1200)), Postage.class, Postage::parcel));

        assertThat(outcome.stopped()).isFalse();
        assertThat(outcome.value()).singleElement().satisfies(o -> assertThat(o.firedRules()).containsExactly("heavy"));
    }
}
