package cn.lianxin.onecard.rules.latefee;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.lianxin.onecard.rules.ShippedRuleSets;
import cn.lianxin.onecard.rules.TestFiles;
import cn.lianxin.onecard.rules.engine.RuleResource;
import cn.lianxin.onecard.rules.engine.RuleSetCompilationException;
import cn.lianxin.onecard.rules.engine.RuleSetCompiler;
import cn.lianxin.onecard.rules.engine.RuleSetProblem;
import cn.lianxin.onecard.rules.engine.RuleSetSource;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class LateFeePolicyTest {

    static final String TABLE = "rulesets/late-fees/late-fees.drl.xlsx";
    static final String FALLBACK = "rulesets/late-fees/late-fees-fallback.drl";

    private static LateFees shipped;

    @BeforeAll
    static void load() {
        shipped = ShippedRuleSets.load().lateFees();
    }

    private static LateFees compile(byte[] table, int rules) {
        return new LateFees(RuleSetCompiler.compile(new RuleSetSource(LateFees.RULE_SET, rules, List.of(
                RuleResource.of("late-fees.drl.xlsx", table),
                RuleResource.of("late-fees-fallback.drl", TestFiles.classpath(FALLBACK))))));
    }

    @Test
    void shouldLoadTheTableAndItsFallbackAsFourRules() {
        assertThat(shipped.ruleSet().ruleNames()).containsExactly(
                "late-fee-disputed", "late-fee-property", "late-fee-utility", "no-late-fee-rule");
    }

    @Test
    void shouldNeverLetTwoRulesOfTheSamePrecedenceDecideOneBill() {
        List<LateFeeQuery> sample = LateFeeKind.grid();

        assertThat(shipped.precedenceConflicts(sample)).isEmpty();
    }

    @Test
    void shouldGiveTheSameAnswerForTheSameFactsWhateverTheOrder() {
        LocalDate due = LocalDate.of(2026, 10, 31);
        LateFeeQuery a = new LateFeeQuery("a", "PROPERTY", 16530, due, LocalDate.of(2026, 11, 24), false);
        LateFeeQuery b = new LateFeeQuery("b", "PROPERTY", 16530, due, LocalDate.of(2026, 11, 24), true);

        assertThat(shipped.fees(List.of(a, b))).extracting(LateFee::feeFen).containsExactly(74L, 0L);
        assertThat(shipped.fees(List.of(b, a))).extracting(LateFee::feeFen).containsExactly(0L, 74L);
    }

    @Test
    void shouldReportTheCapWhenItLimitsTheFee() {
        LocalDate due = LocalDate.of(2026, 10, 31);

        assertThat(shipped.fee(new LateFeeQuery("a", "PROPERTY", 16530, due, due.plusYears(2), false)).capped()).isTrue();
        assertThat(shipped.fee(new LateFeeQuery("a", "PROPERTY", 16530, due, due.plusDays(24), false)).chargeableDays())
                .isEqualTo(9);
    }

    @Test
    void shouldRefuseARowWithoutGraceDaysOrWithACapAboveThePrincipal() {
        byte[] noGrace = TestFiles.withCell(TestFiles.classpath(TABLE), "F12", "");
        byte[] bigCap = TestFiles.withCell(TestFiles.classpath(TABLE), "G13", "20000");

        assertThatThrownBy(() -> compile(noGrace, 4)).isInstanceOf(RuleSetCompilationException.class)
                .satisfies(e -> assertThat(((RuleSetCompilationException) e).problems()).extracting(RuleSetProblem::message)
                        .contains("rule 'late-fee-property' has no graceDays"));
        assertThatThrownBy(() -> compile(bigCap, 4)).isInstanceOf(RuleSetCompilationException.class)
                .satisfies(e -> assertThat(((RuleSetCompilationException) e).problems()).extracting(RuleSetProblem::message)
                        .contains("rule 'late-fee-utility' caps above the principal: 20000 bp"));
    }

    @Test
    void shouldRefuseTheTableWhenARowIsMissingFromTheCount() {
        assertThatThrownBy(() -> compile(TestFiles.withBlankRow(TestFiles.classpath(TABLE), 12), 4))
                .isInstanceOf(RuleSetCompilationException.class)
                .hasMessageContaining("must contain 4 rules but compiled to 2");
    }
}
