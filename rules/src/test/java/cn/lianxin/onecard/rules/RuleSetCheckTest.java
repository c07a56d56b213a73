package cn.lianxin.onecard.rules;

import static cn.lianxin.onecard.rules.TestFiles.withBlankRow;
import static cn.lianxin.onecard.rules.TestFiles.withCell;
import static org.assertj.core.api.Assertions.assertThat;

import cn.lianxin.onecard.rules.cardfee.CardFees;
import cn.lianxin.onecard.rules.engine.RuleResource;
import cn.lianxin.onecard.rules.engine.RuleSetCatalog;
import cn.lianxin.onecard.rules.engine.RuleSetCheck;
import cn.lianxin.onecard.rules.engine.RuleSetCheck.Report;
import cn.lianxin.onecard.rules.engine.RuleSetKind;
import cn.lianxin.onecard.rules.engine.RuleSetProblem;
import cn.lianxin.onecard.rules.engine.RuleSetProblem.Kind;
import cn.lianxin.onecard.rules.engine.RuleSetSource;
import cn.lianxin.onecard.rules.engine.ScenarioResult;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The check every submitted version goes through: the shipped versions pass it, each kind of bad upload is refused at its place. */
class RuleSetCheckTest {

    private static final RuleSetCatalog CATALOG = RuleSetCatalog.fromClasspath(RuleSetCheckTest.class.getClassLoader());

    static Stream<RuleSetKind<?>> kinds() {
        return RuleSetKinds.all().stream();
    }

    private static List<RuleResource> shippedFiles(String ruleSet) {
        return CATALOG.source(ruleSet).resources();
    }

    private static byte[] shippedScenarios(String ruleSet) {
        return RuleSetCatalog.scenarios(RuleSetCheckTest.class.getClassLoader(), ruleSet).content();
    }

    private static List<RuleResource> replacing(String ruleSet, String file, byte[] content) {
        List<RuleResource> files = new ArrayList<>();
        for (RuleResource r : shippedFiles(ruleSet)) {
            files.add(r.name().equals(file) ? RuleResource.of(file, content) : r);
        }
        return files;
    }

    private static byte[] cardFeeTable() {
        return shippedFiles(CardFees.RULE_SET).stream().filter(r -> r.name().equals("card-fees.drl.xlsx")).findFirst()
                .orElseThrow().content();
    }

    private static Report checkCardFees(List<RuleResource> files) {
        return RuleSetCheck.check(RuleSetKinds.CARD_FEES, files, shippedScenarios(CardFees.RULE_SET)).report();
    }

    private static Report checkCardFeeTable(byte[] table) {
        return checkCardFees(replacing(CardFees.RULE_SET, "card-fees.drl.xlsx", table));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kinds")
    void shouldPassTheShippedVersionWithTheRuleCountItsFilesDefine(RuleSetKind<?> kind) {
        RuleSetCheck.Checked<?> checked = RuleSetCheck.check(kind, shippedFiles(kind.name()), shippedScenarios(kind.name()));

        assertThat(checked.report().text()).startsWith("通过 passed");
        assertThat(checked.passed()).isTrue();
        assertThat(checked.typed()).isNotNull();
        RuleSetSource catalogued = CATALOG.source(kind.name());
        assertThat(checked.report().definedRules()).as("rules the files define = the catalog's count")
                .isEqualTo(catalogued.expectedRuleCount());
        assertThat(checked.report().scenarios()).isNotEmpty().allMatch(ScenarioResult::passed);
    }

    @Test
    void shouldRefuseAVersionThatBreaksAScenarioNamingTheScenario() {
        // replace-standard (row 12) charges 25 yuan instead of 20
        Report report = checkCardFeeTable(withCell(cardFeeTable(), "I12", "2500"));

        assertThat(report.passed()).isFalse();
        assertThat(report.problems()).isEmpty();
        assertThat(report.failedScenarios()).isNotEmpty().allSatisfy(s -> {
            assertThat(s.expected()).isEqualTo("2000 fen by replace-standard");
            assertThat(s.actual()).isEqualTo("2500 fen by replace-standard");
        });
        assertThat(report.text()).contains("scenario line ").contains("expected 2000 fen by replace-standard, got 2500 fen");
    }

    @Test
    void shouldRefuseANegativeFeeNamingTheRuleAndTheScenario() {
        Report report = checkCardFeeTable(withCell(cardFeeTable(), "I12", "-100"));

        assertThat(report.passed()).isFalse();
        assertThat(report.failedScenarios()).isNotEmpty()
                .anySatisfy(s -> assertThat(s.actual()).startsWith("evaluation failed").contains("replace-standard")
                        .containsIgnoringCase("negative"));
    }

    @Test
    void shouldLocateABrokenPrecedenceCell() {
        Report report = checkCardFeeTable(withCell(cardFeeTable(), "B12", "high"));

        assertThat(report.passed()).isFalse();
        assertThat(report.problems()).isNotEmpty().anySatisfy(p -> {
            assertThat(p.sheet()).isEqualTo("Card fees");
            assertThat(p.row()).isEqualTo(12);
        });
    }

    @Test
    void shouldLocateAValueOfTheWrongType() {
        Report report = checkCardFeeTable(withCell(cardFeeTable(), "I12", "twenty yuan"));

        assertThat(report.problems()).isNotEmpty().anySatisfy(p -> {
            assertThat(p.kind()).isEqualTo(Kind.COMPILE);
            assertThat(p.where()).contains("card-fees.drl.xlsx, sheet 'Card fees'").contains("12");
        });
    }

    @Test
    void shouldLocateAnUnknownFactField() {
        // the Damaged column's code (E9) asks for a field CardFeeQuery does not have
        Report report = checkCardFeeTable(withCell(cardFeeTable(), "E9", "broken == $param"));

        assertThat(report.problems()).isNotEmpty().anySatisfy(p -> {
            assertThat(p.kind()).isEqualTo(Kind.COMPILE);
            assertThat(p.sheet()).isEqualTo("Card fees");
            assertThat(p.message()).contains("broken");
        });
    }

    @Test
    void shouldRefuseAWorkbookWithoutItsTableSheet() {
        Report report = checkCardFeeTable(withoutFirstSheet(cardFeeTable()));

        assertThat(report.passed()).isFalse();
        assertThat(report.problems()).anySatisfy(p -> {
            assertThat(p.kind()).isEqualTo(Kind.DECISION_TABLE);
            assertThat(p.message()).contains("'Card fees' is missing");
        });
    }

    @Test
    void shouldRefuseABlankRowThatWouldLoseTheRowsBelowIt() {
        Report report = checkCardFeeTable(withBlankRow(cardFeeTable(), 13));

        assertThat(report.problems()).anySatisfy(p -> {
            assertThat(p.kind()).isEqualTo(Kind.DECISION_TABLE);
            assertThat(p.row()).isEqualTo(13);
            assertThat(p.message()).contains("row 14 and the rows below it would be lost");
        });
    }

    @Test
    void shouldLocateADrlSyntaxError() {
        String drl = new String(shippedFiles(CardFees.RULE_SET).stream().filter(r -> r.name().endsWith(".drl"))
                .findFirst().orElseThrow().content(), StandardCharsets.UTF_8);
        Report report = checkCardFees(replacing(CardFees.RULE_SET, "card-fees-fallback.drl",
                drl.replaceFirst("then", "them").getBytes(StandardCharsets.UTF_8)));

        assertThat(report.problems()).isNotEmpty().anySatisfy(p -> {
            assertThat(p.kind()).isEqualTo(Kind.COMPILE);
            assertThat(p.resource()).isEqualTo("card-fees-fallback.drl");
            assertThat(p.drlLine()).isNotNull();
        });
    }

    @Test
    void shouldRefuseAnUploadThatIsNotASpreadsheet() {
        Report report = checkCardFeeTable("name,fee\nreplace,2000\n".getBytes(StandardCharsets.UTF_8));

        assertThat(report.problems()).anySatisfy(p -> {
            assertThat(p.kind()).isEqualTo(Kind.UNREADABLE);
            assertThat(p.resource()).isEqualTo("card-fees.drl.xlsx");
        });
    }

    @Test
    void shouldRefuseAFileOfFiftyMegabytesWithoutReadingIt() {
        Report report = checkCardFeeTable(new byte[50 * 1024 * 1024]);

        assertThat(report.problems()).anySatisfy(p -> {
            assertThat(p.kind()).isEqualTo(Kind.UNREADABLE);
            assertThat(p.message()).contains("too large: 52428800 bytes");
        });
    }

    @Test
    void shouldRefuseAScenarioFileWithAMissingColumnNamingTheLine() {
        String scenarios = new String(shippedScenarios(CardFees.RULE_SET), StandardCharsets.UTF_8)
                .replace("expected_fee_fen", "expected_fee");
        Report report = RuleSetCheck.check(RuleSetKinds.CARD_FEES, shippedFiles(CardFees.RULE_SET),
                scenarios.getBytes(StandardCharsets.UTF_8)).report();

        assertThat(report.problems()).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(Kind.SCENARIOS);
            assertThat(p.message()).contains("line 1").contains("expected_fee_fen");
        });
    }

    @Test
    void shouldRefuseARuleNoScenarioCovers() {
        String scenarios = new String(shippedScenarios(CardFees.RULE_SET), StandardCharsets.UTF_8);
        String withoutSenior = String.join("\n", scenarios.lines().filter(l -> !l.contains("replace-senior")).toList());
        Report report = RuleSetCheck.check(RuleSetKinds.CARD_FEES, shippedFiles(CardFees.RULE_SET),
                withoutSenior.getBytes(StandardCharsets.UTF_8)).report();

        assertThat(report.passed()).isFalse();
        assertThat(report.uncoveredRules()).containsExactly("replace-senior");
    }

    @Test
    void shouldRefuseRowsOfEqualPrecedenceThatOverlap() {
        Report report = checkCardFeeTable(withCell(cardFeeTable(), "D13", "01, 03"));

        assertThat(report.passed()).isFalse();
        assertThat(report.precedenceProblems()).isNotEmpty();
    }

    private static byte[] withoutFirstSheet(byte[] xlsx) {
        try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(xlsx))) {
            workbook.removeSheetAt(0);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}
