package cn.lianxin.onecard.rules.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class CompiledRuleSetTest {

    private static CompiledRuleSet parcels;

    @BeforeAll
    static void compile() {
        parcels = ParcelRules.compiled();
    }

    @Test
    void shouldAnswerEachFactInInputOrderWithTheRulesThatFiredOnIt() {
        Parcel light = new Parcel("A", 300);
        Parcel heavy = new Parcel("B", 2500);
        Parcel borderline = new Parcel("C", 1000);

        List<FactOutcome<Parcel, Postage>> outcomes =
                parcels.evaluate(List.of(light, heavy, borderline), Postage.class, Postage::parcel);

        assertThat(outcomes).extracting(FactOutcome::fact).containsExactly(light, heavy, borderline);
        assertThat(outcomes).extracting(o -> o.single().feeFen()).containsExactly(800L, 1500L, 1500L);
        assertThat(outcomes).extracting(FactOutcome::firedRules)
                .containsExactly(List.of("light"), List.of("heavy"), List.of("heavy"));
    }

    @Test
    void shouldKeepEqualFactsApartAndAnswerARepeatedInstanceEachTime() {
        Parcel one = new Parcel("A", 300);
        Parcel equalToOne = new Parcel("A", 300);

        List<FactOutcome<Parcel, Postage>> outcomes =
                parcels.evaluate(List.of(one, equalToOne, one), Postage.class, Postage::parcel);

        assertThat(outcomes).hasSize(3).allSatisfy(o -> {
            assertThat(o.results()).hasSize(1);
            assertThat(o.single().parcel()).isSameAs(o.fact());
            assertThat(o.firedRules()).containsExactly("light");
        });
        assertThat(outcomes.get(0).single()).isNotSameAs(outcomes.get(1).single());
    }

    @Test
    void shouldEvaluateFromSeveralThreadsAtOnce() throws Exception {
        List<Callable<List<Long>>> calls = new ArrayList<>();
        for (int t = 0; t < 8; t++) {
            int thread = t;
            calls.add(() -> {
                List<Parcel> batch = new ArrayList<>();
                for (int i = 0; i < 500; i++) {
                    batch.add(new Parcel(thread + "-" + i, (i % 2) * 1000 + thread));
                }
                return parcels.evaluate(batch, Postage.class, Postage::parcel).stream()
                        .map(o -> o.single().feeFen()).toList();
            });
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            for (Future<List<Long>> f : pool.invokeAll(calls)) {
                List<Long> fees = f.get();
                assertThat(fees).hasSize(500);
                for (int i = 0; i < fees.size(); i++) {
                    assertThat(fees.get(i)).isEqualTo(i % 2 == 0 ? 800L : 1500L);
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void shouldRefuseANullFactNamingItsIndex() {
        assertThatThrownBy(() -> parcels.evaluate(Arrays.asList(new Parcel("A", 1), null), Postage.class,
                Postage::parcel))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("fact 1 of 2 is null");
    }

    @Test
    void shouldAnswerNoFactsWithNoOutcomes() {
        assertThat(parcels.evaluate(List.<Parcel>of(), Postage.class, Postage::parcel)).isEmpty();
    }

    @Test
    void shouldLetOnlyTheChosenRulesFire() {
        Parcel heavy = new Parcel("B", 2500);

        FactOutcome<Parcel, Postage> lightOnly =
                parcels.evaluate(List.of(heavy), Postage.class, Postage::parcel, "light"::equals).get(0);

        assertThat(lightOnly.firedRules()).containsExactly("light");
        assertThat(lightOnly.single().feeFen()).isEqualTo(800);
    }

    @Test
    void shouldNameTheRuleWhoseActionFailed() {
        CompiledRuleSet failing = RuleSetCompiler.compile(ParcelRules.source(2,
                ParcelRules.DRL.replace("insert(new Postage($p, 1500, drools.getRule().getName()));",
                        "if (true) throw new IllegalStateException(\"no tariff for \" + $p.id());")));

        assertThatThrownBy(() -> failing.evaluate(List.of(new Parcel("X", 5000)), Postage.class, Postage::parcel))
                .isInstanceOf(RuleEvaluationException.class)
                .hasMessageContaining("rule set parcels, rule 'heavy'")
                .hasMessageContaining("no tariff for X")
                .satisfies(e -> assertThat(((RuleEvaluationException) e).rule()).isEqualTo("heavy"));
    }

    @Test
    void shouldStopRulesThatKeepTriggeringThemselves() {
        CompiledRuleSet looping = RuleSetCompiler.compile(new RuleSetSource("looping", 1, List.of(ParcelRules.drl(
                "looping.drl", """
                        package cn.lianxin.onecard.rules.engine.looping;
                        import java.util.concurrent.atomic.AtomicInteger;
                        rule "again"
                        when
                            $n : AtomicInteger()
                        then
                            $n.incrementAndGet();
                            update($n);
                        end
                        """))));

        assertThatThrownBy(() -> looping.evaluate(List.of(new AtomicInteger()), Object.class, r -> r))
                .isInstanceOf(RuleEvaluationException.class)
                .hasMessageContaining("rule set looping")
                .hasMessageContaining("keeps triggering");
    }

    @Test
    void shouldRefuseAResultThatAnswersNoFactPassedIn() {
        Parcel parcel = new Parcel("A", 300);

        assertThatThrownBy(() -> parcels.evaluate(List.of(parcel), Postage.class, p -> new Parcel("A", 300)))
                .isInstanceOf(RuleEvaluationException.class)
                .hasMessageContaining("does not refer to any of the facts");
    }
}
