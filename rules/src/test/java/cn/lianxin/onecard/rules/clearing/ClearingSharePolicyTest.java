package cn.lianxin.onecard.rules.clearing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.lianxin.onecard.rules.ShippedRuleSets;
import cn.lianxin.onecard.rules.TestFiles;
import cn.lianxin.onecard.rules.engine.RuleResource;
import cn.lianxin.onecard.rules.engine.RuleSetCompilationException;
import cn.lianxin.onecard.rules.engine.RuleSetCompiler;
import cn.lianxin.onecard.rules.engine.RuleSetProblem;
import cn.lianxin.onecard.rules.engine.RuleSetSource;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ClearingSharePolicyTest {

    static final String TABLE = "rulesets/clearing-shares/clearing-shares.drl.xlsx";
    static final String FALLBACK = "rulesets/clearing-shares/clearing-shares-fallback.drl";

    private static ClearingShares shipped;

    @BeforeAll
    static void load() {
        shipped = ShippedRuleSets.load().clearingShares();
    }

    private static ClearingShares compile(byte[] table) {
        return new ClearingShares(RuleSetCompiler.compile(new RuleSetSource(ClearingShares.RULE_SET, 7, List.of(
                RuleResource.of("clearing-shares.drl.xlsx", table),
                RuleResource.of("clearing-shares-fallback.drl", TestFiles.classpath(FALLBACK))))));
    }

    static List<ClearingQuery> sample() {
        return ClearingKind.grid();
    }

    @Test
    void shouldLoadTheTableAndItsFallbackAsSevenRules() {
        assertThat(shipped.ruleSet().ruleNames()).containsExactly("share-contract-ht-2026-017", "share-company-p001",
                "share-property-large", "share-property-medium", "share-property-small", "share-utility",
                "no-share-rule");
    }

    @Test
    void shouldNeverLetTwoRulesOfTheSamePrecedenceDecideOneClearing() {
        assertThat(shipped.precedenceConflicts(sample())).isEmpty();
    }

    @Test
    void shouldFindOverlappingVolumeTiers() {
        // the small tier now reaches to 20,000,000 fen, into the medium tier
        ClearingShares overlapping = compile(TestFiles.withCell(TestFiles.classpath(TABLE), "G13", "20000000"));

        assertThat(overlapping.precedenceConflicts(sample()))
                .anySatisfy(p -> assertThat(p).contains("[share-property-medium, share-property-small], all with precedence 100"));
    }

    @Test
    void shouldAlwaysSplitToExactlyTheClearedTotal() {
        SplittableRandom random = new SplittableRandom(7);
        List<ClearingQuery> queries = new ArrayList<>();
        for (int i = 0; i < 5_000; i++) {
            long cleared = random.nextLong(0, 1_000_000_000L);
            queries.add(new ClearingQuery("b" + i, i % 2 == 0 ? "PROPERTY" : "WATER", "P00" + (i % 4), null, cleared,
                    cleared + random.nextLong(0, 500_000_000L)));
        }

        for (ClearingShare share : shipped.fees(queries)) {
            assertThat(share.serviceFeeFen() + share.payoutFen()).isEqualTo(share.query().clearedFen());
            assertThat(share.serviceFeeFen()).isBetween(0L, share.query().clearedFen());
        }
    }

    @Test
    void shouldRefuseARowWithoutMinimumFee() {
        assertThatThrownBy(() -> compile(TestFiles.withCell(TestFiles.classpath(TABLE), "I12", "")))
                .isInstanceOf(RuleSetCompilationException.class)
                .satisfies(e -> assertThat(((RuleSetCompilationException) e).problems()).extracting(RuleSetProblem::message)
                        .contains("rule 'share-company-p001' has no minimum fee (write 0 for none)"));
    }

    @Test
    void shouldGiveTheRemainderFenToTheLargestFractionsThenTheEarlierLine() {
        // 100 fen over three equal lines: 33.33 each; the one fen left goes to the first line
        assertThat(RemainderAllocation.allocate(100, new long[] {1, 1, 1})).containsExactly(34, 33, 33);
        // 10 fen over 1:2:3:4 → exact 1, 2, 3, 4
        assertThat(RemainderAllocation.allocate(10, new long[] {100, 200, 300, 400})).containsExactly(1, 2, 3, 4);
        // 7 fen over 1:1:1:1 → 1.75 each: three lines get 2, the last 1
        assertThat(RemainderAllocation.allocate(7, new long[] {5, 5, 5, 5})).containsExactly(2, 2, 2, 1);
        // 6002 fen over 3 payments of 1,000,250 fen: 2000.67 / 2000.67 / 2000.67 → the 2 fen to the first two
        assertThat(RemainderAllocation.allocate(6002, new long[] {333_417, 333_417, 333_416}))
                .containsExactly(2001, 2001, 2000);
        // largest fraction wins over order: 10 over 1:3 → 2.5 / 7.5 → tie → earlier; 10 over 2:7 → 2.22 / 7.78
        assertThat(RemainderAllocation.allocate(10, new long[] {1, 3})).containsExactly(3, 7);
        assertThat(RemainderAllocation.allocate(10, new long[] {2, 7})).containsExactly(2, 8);
        assertThat(RemainderAllocation.allocate(5, new long[] {0, 0})).containsExactly(5, 0);
    }

    @Test
    void shouldAllocateTheServiceFeeOfAClearingOverItsPaymentsExactly() {
        SplittableRandom random = new SplittableRandom(11);
        for (int round = 0; round < 200; round++) {
            long[] payments = new long[1 + random.nextInt(50)];
            long cleared = 0;
            for (int i = 0; i < payments.length; i++) {
                payments[i] = random.nextLong(1, 5_000_000);
                cleared += payments[i];
            }
            ClearingShare share = shipped.fee(new ClearingQuery("b", "PROPERTY", "P002", null, cleared, cleared));

            long[] parts = RemainderAllocation.allocate(share.serviceFeeFen(), payments);

            assertThat(Arrays.stream(parts).sum()).isEqualTo(share.serviceFeeFen());
        }
    }
}
