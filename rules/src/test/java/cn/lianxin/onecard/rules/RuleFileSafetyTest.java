package cn.lianxin.onecard.rules;

import static cn.lianxin.onecard.rules.TestFiles.withCell;
import static org.assertj.core.api.Assertions.assertThat;

import cn.lianxin.onecard.rules.engine.RuleResource;
import cn.lianxin.onecard.rules.engine.RuleSetCatalog;
import cn.lianxin.onecard.rules.engine.RuleSetCheck;
import cn.lianxin.onecard.rules.engine.RuleSetCheck.Report;
import cn.lianxin.onecard.rules.engine.RuleSetKind;
import cn.lianxin.onecard.rules.engine.RuleSetProblem;
import cn.lianxin.onecard.rules.engine.RuleSetProblem.Kind;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A rule file is data, not code: the check refuses, before anything compiles, every construct outside
 * the rule set's vocabulary, in a DRL file and in a decision table's cells, naming the file, the line
 * or cell and the construct; and nothing of the refused file runs.
 */
class RuleFileSafetyTest {

    private static final RuleSetCatalog CATALOG = RuleSetCatalog.fromClasspath(RuleFileSafetyTest.class.getClassLoader());
    private static final String FALLBACK = "card-fees-fallback.drl";
    private static final String TABLE = "card-fees.drl.xlsx";

    @TempDir
    static Path dir;

    static Stream<RuleSetKind<?>> kinds() {
        return RuleSetKinds.all().stream();
    }

    private static Report checkCardFees(String file, byte[] content) {
        List<RuleResource> files = new ArrayList<>();
        for (RuleResource r : CATALOG.source("card-fees").resources()) {
            files.add(r.name().equals(file) ? RuleResource.of(file, content) : r);
        }
        byte[] scenarios = RuleSetCatalog.scenarios(RuleFileSafetyTest.class.getClassLoader(), "card-fees").content();
        return RuleSetCheck.check(RuleSetKinds.CARD_FEES, files, scenarios).report();
    }

    /** The shipped fallback with {@code action} in place of its first action line. */
    private static byte[] fallbackDoing(String action) {
        String drl = new String(TestFiles.classpath("rulesets/card-fees/" + FALLBACK), StandardCharsets.UTF_8);
        return drl.replace("    insert(CardFee.noFeeRule(", "    " + action + "\n    insert(CardFee.noFeeRule(")
                .getBytes(StandardCharsets.UTF_8);
    }

    private static int lineOf(byte[] drl, String text) {
        List<String> lines = new String(drl, StandardCharsets.UTF_8).lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                return i + 1;
            }
        }
        throw new IllegalArgumentException(text);
    }

    private static RuleSetProblem onlyForbidden(Report report) {
        assertThat(report.passed()).isFalse();
        assertThat(report.scenarios()).as("nothing was evaluated").isEmpty();
        assertThat(report.problems()).hasSize(1);
        RuleSetProblem p = report.problems().get(0);
        assertThat(p.kind()).isEqualTo(Kind.FORBIDDEN);
        return p;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kinds")
    void shouldLetTheShippedFilesOfEveryRuleSetThrough(RuleSetKind<?> kind) {
        byte[] scenarios = RuleSetCatalog.scenarios(RuleFileSafetyTest.class.getClassLoader(), kind.name()).content();

        Report report = RuleSetCheck.check(kind, CATALOG.source(kind.name()).resources(), scenarios).report();

        assertThat(report.problems()).isEmpty();
        assertThat(report.passed()).isTrue();
    }

    @Test
    void shouldRefuseAnActionThatCreatesAFileAndCreateNothing() {
        Path marker = dir.resolve("created-by-a-rule");
        byte[] drl = fallbackDoing("new java.io.File(\"" + marker + "\").createNewFile();");

        RuleSetProblem p = onlyForbidden(checkCardFees(FALLBACK, drl));

        assertThat(p.where()).isEqualTo(FALLBACK + ", line " + lineOf(drl, "createNewFile") + ", column 5");
        assertThat(p.message()).startsWith("'new java.io.File(").contains("creating objects with 'new' is not allowed")
                .contains("rule \"no-fee-rule\"");
        assertThat(marker).doesNotExist();
    }

    @Test
    void shouldRefuseAnActionThatDeletesAFileAndLeaveTheFile() throws Exception {
        Path victim = Files.writeString(dir.resolve("precious.txt"), "keep me");
        byte[] drl = fallbackDoing("boolean gone = new java.io.File(\"" + victim + "\").delete();");

        RuleSetProblem p = onlyForbidden(checkCardFees(FALLBACK, drl));

        assertThat(p.drlLine()).isEqualTo(lineOf(drl, ".delete()"));
        assertThat(p.message()).contains("new java.io.File(").contains("'new' is not allowed");
        assertThat(victim).hasContent("keep me");
    }

    @Test
    void shouldRefuseAnActionThatReadsAServerFileAndShowNothingOfIt() throws Exception {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "s3cr3t-passw0rd");
        byte[] drl = fallbackDoing("throw new RuntimeException(new String(java.nio.file.Files.readAllBytes(java.nio.file.Path.of(\""
                + secret + "\"))));");

        Report report = checkCardFees(FALLBACK, drl);
        RuleSetProblem p = onlyForbidden(report);

        assertThat(p.message()).contains("throw is not allowed");
        assertThat(report.text()).doesNotContain("s3cr3t-passw0rd");
    }

    @Test
    void shouldRefuseALoopAndSystemExitInAnAction() {
        Report loop = checkCardFees(FALLBACK, fallbackDoing("while (System.nanoTime() > 0) {}"));
        Report exit = checkCardFees(FALLBACK, fallbackDoing("System.exit(3);"));

        assertThat(onlyForbidden(loop).message()).contains("a loop (while, do, for) is not allowed");
        assertThat(onlyForbidden(exit).message()).startsWith("'System.exit(3)': System is not a fact type of this rule set");
    }

    @Test
    void shouldRefuseWhatIsNotAFactOrAnAllowedHelperWhereverItIsWritten() {
        String drl = """
                package cn.lianxin.onecard.rules.cardfee;

                import cn.lianxin.onecard.rules.cardfee.CardFee;
                import cn.lianxin.onecard.rules.cardfee.CardFeeQuery;
                import java.io.File;

                global java.util.List leak;

                function void run() { System.exit(3); }

                rule "no-fee-rule"
                    @reason(java.lang.System.exit(3))
                    salience -1
                when
                    $q : CardFeeQuery( cardTypeCode.getClass().getName() != "" )
                    eval(Runtime.getRuntime() != null)
                    File() from new File("/")
                then
                    insert(CardFee.noFeeRule($q, drools.getRule().getName()));
                    Thread.sleep(10000);
                    drools.halt();
                end
                """;

        Report report = checkCardFees(FALLBACK, drl.getBytes(StandardCharsets.UTF_8));

        assertThat(report.problems()).allMatch(p -> p.kind() == Kind.FORBIDDEN).extracting(RuleSetProblem::toString)
                .anyMatch(s -> s.contains("line 5") && s.contains("'import java.io.File'"))
                .anyMatch(s -> s.contains("line 7") && s.contains("'global java.util.List leak'"))
                .anyMatch(s -> s.contains("line 9") && s.contains("'function run'"))
                .anyMatch(s -> s.contains("line 11") && s.contains("'@reason(java.lang.System.exit(3))'"))
                .anyMatch(s -> s.contains("line 15") && s.contains("getClass is not a method of String"))
                .anyMatch(s -> s.contains("line 16") && s.contains("'eval(...)'"))
                .anyMatch(s -> s.contains("line 17") && s.contains("from, collect, accumulate"))
                .anyMatch(s -> s.contains("line 20") && s.contains("'Thread.sleep(10000)': Thread is not a fact type"))
                .anyMatch(s -> s.contains("line 21") && s.contains("'drools.halt()'"));
    }

    @Test
    void shouldRefuseAUnicodeEscapeThatWouldTurnTextIntoCode() {
        byte[] drl = fallbackDoing("String s = \"\\u0022); System.exit(3); //\";");

        RuleSetProblem p = onlyForbidden(checkCardFees(FALLBACK, drl));

        assertThat(p.message()).contains("unicode escape");
        assertThat(p.drlLine()).isEqualTo(lineOf(drl, "String s"));
    }

    @Test
    void shouldRefuseCodeInADecisionTableCellAtItsCell() {
        byte[] table = TestFiles.classpath(TestFiles.CARD_FEE_TABLE);

        RuleSetProblem action = onlyForbidden(checkCardFees(TABLE,
                withCell(table, "I12", "new java.io.File(java.io.File.separator).delete() ? 1 : 0")));
        RuleSetProblem condition = onlyForbidden(checkCardFees(TABLE,
                withCell(table, "F11", "12 || System.exit(3) == null")));
        // Drools escapes quotes in a cell, but the code row decides what a cell becomes: unquoted metadata
        byte[] unquoted = withCell(table, "H9", "reason($param)");
        for (int row = 11; row <= 15; row++) {
            unquoted = withCell(unquoted, "H" + row, row == 12 ? "java.lang.System.exit(3)" : String.valueOf(row));
        }
        RuleSetProblem metadata = onlyForbidden(checkCardFees(TABLE, unquoted));

        assertThat(action.where()).isEqualTo("card-fees.drl.xlsx, sheet 'Card fees', cell I12");
        assertThat(action.message()).contains("'new java.io.File(java.io.File.separator)'");
        assertThat(condition.where()).isEqualTo("card-fees.drl.xlsx, sheet 'Card fees', cell F11");
        assertThat(condition.message()).contains("'System.exit(3)'");
        assertThat(metadata.where()).isEqualTo("card-fees.drl.xlsx, sheet 'Card fees', cell H12");
        assertThat(metadata.message()).contains("'@reason(java.lang.System.exit(3))'").contains("metadata must be a literal");
    }

    @Test
    void shouldRefuseAVersionWhoseCheckRunsPastItsTimeLimit() {
        byte[] scenarios = RuleSetCatalog.scenarios(RuleFileSafetyTest.class.getClassLoader(), "card-fees").content();

        // the shipped version needs far more than a millisecond for its scenarios and grid
        RuleSetCheck.Checked<?> checked = RuleSetCheck.check(RuleSetKinds.CARD_FEES, CATALOG.source("card-fees").resources(),
                scenarios, java.time.Duration.ofMillis(1));

        assertThat(checked.passed()).isFalse();
        assertThat(checked.typed()).as("no typed evaluation: no what-if of rules that were stopped").isNull();
        assertThat(checked.report().problems()).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(Kind.LIMIT);
            assertThat(p.message()).startsWith("the scenarios and the precedence check did not finish within 1 ms and were stopped");
        });
    }

    @Test
    void shouldLetAnAllowedHelperAndAFactMethodThrough() {
        byte[] drl = fallbackDoing("long zero = Math.max(0L, Math.subtractExact(1L, 1L));");

        Report report = checkCardFees(FALLBACK, drl);

        assertThat(report.problems()).isEmpty();
        assertThat(report.passed()).isTrue();
    }
}
