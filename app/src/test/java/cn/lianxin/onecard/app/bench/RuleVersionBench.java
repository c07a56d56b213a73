package cn.lianxin.onecard.app.bench;

import static org.assertj.core.api.Assertions.assertThat;

import cn.lianxin.onecard.app.ruleset.ActiveRuleSets;
import cn.lianxin.onecard.app.ruleset.RuleChangeService;
import cn.lianxin.onecard.app.ruleset.RuleVersions;
import cn.lianxin.onecard.app.security.StaffUser;
import cn.lianxin.onecard.app.support.PostgresIntegrationTest;
import cn.lianxin.onecard.processes.rule.RuleChangePort;
import cn.lianxin.onecard.rules.TestFiles;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Benchmark, not a test (bin/bench-rules): a new version of the property-fee rule set from upload
 * to active, on PostgreSQL, five rounds. Prints per round: the draft (store, full check, what-if
 * on the live households), the process's check, and compile + activate until evaluations get it.
 */
@PostgresIntegrationTest
class RuleVersionBench {

    private static final String TABLE = "property-fees.drl.xlsx";

    @Autowired
    RuleChangeService changes;

    @Autowired
    RuleVersions versions;

    @Autowired
    RuleChangePort port;

    @Autowired
    ActiveRuleSets active;

    @Autowired
    TransactionTemplate transaction;

    @Test
    void compileAndActivateNewVersions() {
        StaffUser analyst = StaffUser.fromGroups("benchanalyst", Set.of("rule-analyst"));
        List<Long> activations = new ArrayList<>();
        for (int round = 1; round <= 5; round++) {
            String activeVersion = active.versions().get("property-fees");
            byte[] table = versions.file(activeVersion, TABLE).orElseThrow().content();
            byte[] changed = TestFiles.withCell(table, "C15", round % 2 == 1 ? "VILLA, HIGH_RISE" : "VILLA");

            long t0 = System.nanoTime();
            RuleChangeService.Draft draft = changes.draft("property-fees",
                    List.of(new RuleChangeService.Upload(TABLE, changed)), analyst);
            long t1 = System.nanoTime();
            String versionId = draft.version().versionId();
            boolean passed = transaction.execute(s -> port.validate(versionId).passed());
            long t2 = System.nanoTime();
            transaction.executeWithoutResult(s -> port.activate(versionId));
            long t3 = System.nanoTime();

            assertThat(passed).isTrue();
            assertThat(active.versions().get("property-fees")).isEqualTo(versionId);
            activations.add((t3 - t1) / 1_000_000);
            System.out.printf("BENCH round %d %s: draft (store, check, what-if on %d households) %d ms; "
                            + "check %d ms; compile + activate %d ms; check + compile + activate %d ms%n",
                    round, versionId, draft.whatIf().evaluated(), (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000,
                    (t3 - t2) / 1_000_000, (t3 - t1) / 1_000_000);
        }
        System.out.printf("BENCH check + compile + activate: max %d ms over %d rounds (target 5000 ms)%n",
                activations.stream().mapToLong(Long::longValue).max().orElseThrow(), activations.size());
    }
}
