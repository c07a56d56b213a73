package cn.lianxin.onecard.rules.cardfee;

import static cn.lianxin.onecard.rules.TestFiles.CARD_FEE_FALLBACK;
import static cn.lianxin.onecard.rules.TestFiles.CARD_FEE_TABLE;
import static cn.lianxin.onecard.rules.TestFiles.classpath;
import static cn.lianxin.onecard.rules.TestFiles.withCell;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.lianxin.onecard.rules.ShippedRuleSets;
import cn.lianxin.onecard.rules.engine.FactOutcome;
import cn.lianxin.onecard.rules.engine.RuleEvaluationException;
import cn.lianxin.onecard.rules.engine.RuleResource;
import cn.lianxin.onecard.rules.engine.RuleSetCompilationException;
import cn.lianxin.onecard.rules.engine.RuleSetCompiler;
import cn.lianxin.onecard.rules.engine.RuleSetProblem;
import cn.lianxin.onecard.rules.engine.RuleSetSource;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Properties of the shipped card-fee table over every card type, operation, damage and card age. */
class CardFeePolicyTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);
    private static CardFees cardFees;

    @BeforeAll
    static void load() {
        cardFees = ShippedRuleSets.load().cardFees();
    }

    static List<CardFeeQuery> grid() {
        return CardFeeKind.grid(TODAY);
    }

    @Test
    void shouldNeverLeaveTwoRowsOfEqualPrecedenceMatchingOneQuery() {
        assertThat(cardFees.precedenceConflicts(grid())).isEmpty();
    }

    @Test
    void shouldFindRowsOfEqualPrecedenceThatOverlap() {
        // replace-senior (precedence 50) made to cover 01 as well: it now overlaps replace-standard (50)
        CardFees overlapping = new CardFees(RuleSetCompiler.compile(cardFeesWithTable(
                withCell(classpath(CARD_FEE_TABLE), "D13", "01, 03"))));

        List<String> conflicts = overlapping.precedenceConflicts(grid());

        assertThat(conflicts).isNotEmpty().allSatisfy(c -> assertThat(c)
                .contains("cardTypeCode=01, operation=REPLACE")
                .contains("[replace-senior, replace-standard], all with precedence 50"));
    }

    @Test
    void shouldAnswerEveryQueryWithExactlyOneNonNegativeFeeAndFireEveryRule() {
        List<CardFeeQuery> grid = grid();

        List<FactOutcome<CardFeeQuery, CardFee>> outcomes = cardFees.evaluate(grid);

        assertThat(outcomes).hasSameSizeAs(grid).allSatisfy(o -> {
            assertThat(o.results()).hasSize(1);
            assertThat(o.single().feeFen()).isNotNegative();
            assertThat(o.firedRules()).containsExactly(o.single().rule());
        });
        Set<String> fired = new TreeSet<>();
        outcomes.forEach(o -> fired.addAll(o.firedRules()));
        assertThat(fired).as("no row is shadowed by another").containsExactlyInAnyOrderElementsOf(
                cardFees.ruleSet().ruleNames());
    }

    @Test
    void shouldAnswerAnUnknownCardTypeWithNoFeeRuleRatherThanZero() {
        CardFee fee = cardFees.fee(new CardFeeQuery("07", CardOperation.REPLACE, TODAY.minusYears(2), TODAY, false));

        assertThat(fee.status()).isEqualTo(CardFee.Status.NO_FEE_RULE);
        assertThat(fee.decided()).isFalse();
        assertThat(fee.rule()).isEqualTo(CardFees.FALLBACK_RULE);
        assertThat(fee.reason()).isEqualTo("no fee rule for card type 07 and operation REPLACE");
    }

    @Test
    void shouldEvaluateTenThousandQueriesInOneCallInInputOrder() {
        List<CardFeeQuery> queries = new ArrayList<>();
        List<CardFeeQuery> grid = grid();
        for (int i = 0; i < 10_000; i++) {
            CardFeeQuery q = grid.get((i * 7919) % grid.size());
            queries.add(new CardFeeQuery(q.cardTypeCode(), q.operation(), q.issuedOn(), q.today(), q.damaged()));
        }

        List<FactOutcome<CardFeeQuery, CardFee>> outcomes = cardFees.evaluate(queries);

        assertThat(outcomes).hasSize(10_000);
        for (int i = 0; i < queries.size(); i++) {
            FactOutcome<CardFeeQuery, CardFee> o = outcomes.get(i);
            assertThat(o.fact()).isSameAs(queries.get(i));
            assertThat(o.single().query()).isSameAs(queries.get(i));
            if (i % 250 == 0) {
                CardFee alone = cardFees.fee(queries.get(i));
                assertThat(o.single().feeFen()).as("query %d alone and in bulk", i).isEqualTo(alone.feeFen());
                assertThat(o.single().rule()).isEqualTo(alone.rule());
            }
        }
    }

    @Test
    void shouldRefuseATableRowWithoutAReason() {
        assertThatThrownBy(() -> new CardFees(RuleSetCompiler.compile(cardFeesWithTable(
                withCell(classpath(CARD_FEE_TABLE), "H12", "")))))
                .isInstanceOfSatisfying(RuleSetCompilationException.class, e -> assertThat(e.problems())
                        .singleElement()
                        .satisfies(p -> {
                            assertThat(p.kind()).isEqualTo(RuleSetProblem.Kind.CONTRACT);
                            assertThat(p.message()).contains("rule 'replace-standard' gives no reason");
                        }));
    }

    @Test
    void shouldRefuseATableRowWithoutAPrecedence() {
        assertThatThrownBy(() -> new CardFees(RuleSetCompiler.compile(cardFeesWithTable(
                withCell(classpath(CARD_FEE_TABLE), "B12", "")))))
                .isInstanceOf(RuleSetCompilationException.class)
                .hasMessageContaining("rule 'replace-standard' has precedence 0; every row needs a precedence of 1"
                        + " or more (an empty cell counts as 0)");
    }

    @Test
    void shouldFailEvaluationNamingTheRuleThatGivesANegativeFee() {
        CardFees negative = new CardFees(RuleSetCompiler.compile(cardFeesWithTable(
                withCell(classpath(CARD_FEE_TABLE), "I13", "-1000"))));

        assertThatThrownBy(() -> negative.fee(
                new CardFeeQuery("03", CardOperation.REPLACE, TODAY.minusYears(3), TODAY, false)))
                .isInstanceOf(RuleEvaluationException.class)
                .hasMessageContaining("rule 'replace-senior'")
                .hasMessageContaining("negative fee: -1000 fen");
    }

    private static RuleSetSource cardFeesWithTable(byte[] table) {
        return new RuleSetSource(CardFees.RULE_SET, 6, List.of(
                RuleResource.of("card-fees.drl.xlsx", table),
                RuleResource.of("card-fees-fallback.drl", classpath(CARD_FEE_FALLBACK))));
    }
}
