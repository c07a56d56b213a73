package cn.lianxin.onecard.rules.overdue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.lianxin.onecard.rules.ShippedRuleSets;
import cn.lianxin.onecard.rules.TestFiles;
import cn.lianxin.onecard.rules.engine.RuleEvaluationException;
import cn.lianxin.onecard.rules.engine.RuleResource;
import cn.lianxin.onecard.rules.engine.RuleSetCompiler;
import cn.lianxin.onecard.rules.engine.RuleSetSource;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class OverdueLadderPolicyTest {

    static final String TABLE = "rulesets/overdue-ladder/overdue-ladder.drl.xlsx";
    static final String FALLBACK = "rulesets/overdue-ladder/overdue-ladder-fallback.drl";
    static final LocalDate TODAY = LocalDate.of(2026, 11, 24);

    private static OverdueLadder shipped;

    @BeforeAll
    static void load() {
        shipped = ShippedRuleSets.load().overdueLadder();
    }

    private static OverdueLadder compile(byte[] table) {
        return new OverdueLadder(RuleSetCompiler.compile(new RuleSetSource(OverdueLadder.RULE_SET, 8, List.of(
                RuleResource.of("overdue-ladder.drl.xlsx", table),
                RuleResource.of("overdue-ladder-fallback.drl", TestFiles.classpath(FALLBACK))))));
    }

    static List<OverdueQuery> sample() {
        return OverdueKind.grid(TODAY);
    }

    @Test
    void shouldLoadTheTableAndItsFallbackAsEightRulesInOrderOfSeverity() {
        assertThat(shipped.ruleSet().ruleNames()).containsExactly("exempt-disputed", "exempt-staff-decision",
                "exempt-hardship", "blacklist-large-debt", "blacklist", "warning", "reminder", "not-overdue");
    }

    @Test
    void shouldHaveUnambiguousPrecedenceThatFollowsSeverity() {
        assertThat(shipped.precedenceProblems(sample())).isEmpty();
    }

    @Test
    void shouldFindARowThatOutranksAMoreSevereOne() {
        // warning raised to precedence 50: above both blacklist rows
        OverdueLadder broken = compile(TestFiles.withCell(TestFiles.classpath(TABLE), "B16", "50"));

        assertThat(broken.precedenceProblems(sample()))
                .anySatisfy(p -> assertThat(p).contains("rule warning (WARNING, precedence 50) outranks the more severe"
                        + " rule blacklist (BLACKLISTED, precedence 30)"));
    }

    @Test
    void shouldFindTwoRowsOfEqualPrecedenceMatchingOneAccount() {
        OverdueLadder broken = compile(TestFiles.withCell(TestFiles.classpath(TABLE), "B13", "290"));

        assertThat(broken.precedenceProblems(sample()))
                .anySatisfy(p -> assertThat(p).contains("is matched by [exempt-hardship, exempt-staff-decision], all with"
                        + " precedence 290"));
    }

    @Test
    void shouldRefuseAnUnknownOutcomeNamingTheRule() {
        OverdueLadder broken = compile(TestFiles.withCell(TestFiles.classpath(TABLE), "I17", "NUDGE"));

        assertThatThrownBy(() -> broken.state(new OverdueQuery("a", TODAY.minusDays(3), TODAY, 500, false, false, null)))
                .isInstanceOf(RuleEvaluationException.class)
                .hasMessageContaining("outcome 'NUDGE' is not EXEMPT, REMINDER, WARNING, BLACKLISTED or NONE");
    }

    @Test
    void shouldGiveTheSameAnswerToTheSameFactsEveryTime() {
        List<OverdueQuery> sample = sample();

        List<OverdueState> first = shipped.states(sample);
        List<OverdueState> again = reversed(shipped.states(reversed(sample)));

        assertThat(again).isEqualTo(first);
    }

    @Test
    void shouldRequireAReasonAndAnEndDateForAStaffDecision() {
        assertThatThrownBy(() -> new StaffDecision(" ", TODAY)).hasMessage("a staff decision needs a reason");
        assertThatThrownBy(() -> new StaffDecision("plan", null)).hasMessage("a staff decision needs an end date");
    }

    private static <T> List<T> reversed(List<T> list) {
        List<T> copy = new ArrayList<>(list);
        Collections.reverse(copy);
        return copy;
    }
}
