package cn.lianxin.onecard.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import cn.lianxin.onecard.rules.engine.RuleResource;
import cn.lianxin.onecard.rules.engine.RuleSetCatalog;
import cn.lianxin.onecard.rules.engine.RuleSetCheck;
import cn.lianxin.onecard.rules.engine.RuleSetCheck.Report;
import cn.lianxin.onecard.rules.engine.RuleSetKind;
import cn.lianxin.onecard.rules.engine.RuleSetProblem;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The analysts' round trip with spreadsheet programs other than Apache POI: every shipped table,
 * opened and saved without an edit by openpyxl (inline strings, no cell for what a merged range
 * covers) and by LibreOffice Calc, passes the check exactly as the original does. The fixtures in
 * {@code other-writers/} were made by {@code other-writers/make-fixtures.sh}; the tests at the end
 * write the property-fee table again with the writers themselves when they are installed.
 */
class OtherSpreadsheetWritersTest {

    private static final RuleSetCatalog CATALOG = RuleSetCatalog.fromClasspath(OtherSpreadsheetWritersTest.class.getClassLoader());

    static Stream<Arguments> savedByAnotherWriter() {
        List<Arguments> cases = new ArrayList<>();
        for (String writer : List.of("openpyxl", "libreoffice")) {
            for (RuleSetKind<?> kind : RuleSetKinds.all()) {
                cases.add(Arguments.of(writer, kind));
            }
        }
        return cases.stream();
    }

    private static String tableName(RuleSetKind<?> kind) {
        return kind.name() + ".drl.xlsx";
    }

    private static Report checkWithTable(RuleSetKind<?> kind, byte[] table) {
        List<RuleResource> files = new ArrayList<>();
        for (RuleResource r : CATALOG.source(kind.name()).resources()) {
            files.add(r.name().equals(tableName(kind)) ? RuleResource.of(r.name(), table) : r);
        }
        byte[] scenarios = RuleSetCatalog.scenarios(OtherSpreadsheetWritersTest.class.getClassLoader(), kind.name()).content();
        return RuleSetCheck.check(kind, files, scenarios).report();
    }

    @ParameterizedTest(name = "{1} saved by {0}")
    @MethodSource("savedByAnotherWriter")
    void shouldPassTheShippedTableSavedByAnotherWriterWithoutAnEdit(String writer, RuleSetKind<?> kind) {
        byte[] table = TestFiles.classpath("other-writers/" + writer + "/" + tableName(kind));
        assertThat(table).as("the fixture is that writer's file, not the original")
                .isNotEqualTo(TestFiles.classpath("rulesets/" + kind.name() + "/" + tableName(kind)));

        Report report = checkWithTable(kind, table);

        assertThat(report.text()).startsWith("通过 passed");
        assertThat(report.definedRules()).isEqualTo(CATALOG.source(kind.name()).expectedRuleCount());
    }

    @Test
    void shouldReadTheOpenpyxlFixtureThatOmitsTheCellsAMergedRangeCovers() {
        // what made the round trip fail: inline strings, and no C8 under the merged pattern B8:C8
        String sheet = sheetXml(TestFiles.classpath("other-writers/openpyxl/property-fees.drl.xlsx"));
        assertThat(sheet).contains("t=\"inlineStr\"").contains("<mergeCell ref=\"B8:C8\"/>")
                .contains("<c r=\"B8\"").doesNotContain("<c r=\"C8\"");

        Report report = checkWithTable(RuleSetKinds.PROPERTY_FEES,
                TestFiles.classpath("other-writers/openpyxl/property-fees.drl.xlsx"));

        assertThat(report.problems()).isEmpty();
        assertThat(report.passed()).isTrue();
    }

    @Test
    void shouldNameTheCellWhenAConditionColumnHasNoPattern() {
        byte[] unmerged = edit(TestFiles.classpath("rulesets/property-fees/property-fees.drl.xlsx"), sheet -> {
            for (int i = sheet.getNumMergedRegions() - 1; i >= 0; i--) {
                if (sheet.getMergedRegion(i).formatAsString().equals("B8:C8")) {
                    sheet.removeMergedRegion(i);
                }
            }
        });

        Report report = checkWithTable(RuleSetKinds.PROPERTY_FEES, unmerged);

        assertThat(report.passed()).isFalse();
        assertThat(report.problems()).hasSize(1);
        RuleSetProblem problem = report.problems().get(0);
        assertThat(problem.kind()).isEqualTo(RuleSetProblem.Kind.DECISION_TABLE);
        assertThat(problem.where()).isEqualTo("property-fees.drl.xlsx, sheet 'Property fees', cell C8");
        assertThat(problem.message()).contains("column C is a CONDITION but has no fact pattern")
                .contains("Merge C8 with the pattern cell to its left (B8 '$c : FeeClass')")
                .doesNotContain("ERR 102");
    }

    @Test
    void shouldReadAFeeStoredAsTextOrAsAFormulaAsTheSpreadsheetShowsIt() {
        byte[] original = TestFiles.classpath(TestFiles.CARD_FEE_TABLE);
        byte[] asText = edit(original, sheet -> forEachFee(sheet, cell -> {
            long fen = (long) cell.getNumericCellValue();
            cell.setCellValue(Long.toString(fen));
        }));
        byte[] asFormula = edit(original, sheet -> forEachFee(sheet, cell -> {
            long fen = (long) cell.getNumericCellValue();
            cell.setCellFormula(fen + "*2/2");
        }));

        assertThat(checkWithTable(RuleSetKinds.CARD_FEES, asText).text()).startsWith("通过 passed");
        assertThat(checkWithTable(RuleSetKinds.CARD_FEES, asFormula).text()).startsWith("通过 passed");
    }

    @Test
    void shouldPassThePropertyFeeTableConvertedByLibreOfficeNow(@TempDir Path dir) throws Exception {
        assumeTrue(onPath("soffice"), "LibreOffice (Debian libreoffice-calc) is not installed; bin/test installs it");
        Path in = dir.resolve("property-fees.xlsx");
        Files.write(in, TestFiles.classpath("rulesets/property-fees/property-fees.drl.xlsx"));
        run(dir, "soffice", "--headless", "-env:UserInstallation=" + dir.resolve("profile").toUri(),
                "--convert-to", "xlsx", "--outdir", dir.resolve("out").toString(), in.toString());

        byte[] converted = Files.readAllBytes(dir.resolve("out/property-fees.xlsx"));

        assertThat(sheetXml(converted)).as("written by LibreOffice").isNotEqualTo(
                sheetXml(TestFiles.classpath("rulesets/property-fees/property-fees.drl.xlsx")));
        assertThat(checkWithTable(RuleSetKinds.PROPERTY_FEES, converted).text()).startsWith("通过 passed");
    }

    @Test
    void shouldPassThePropertyFeeTableSavedByOpenpyxlNow(@TempDir Path dir) throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/python3")) && run(dir, "/usr/bin/python3", "-c", "import openpyxl") == 0,
                "openpyxl (Debian python3-openpyxl) is not installed; bin/test installs it");
        Path in = dir.resolve("in.drl.xlsx");
        Path out = dir.resolve("property-fees.drl.xlsx");
        Files.write(in, TestFiles.classpath("rulesets/property-fees/property-fees.drl.xlsx"));
        int exit = run(dir, "/usr/bin/python3", "-W", "ignore", "-c",
                "import sys, openpyxl; openpyxl.load_workbook(sys.argv[1]).save(sys.argv[2])", in.toString(), out.toString());
        assertThat(exit).isZero();

        byte[] saved = Files.readAllBytes(out);

        assertThat(sheetXml(saved)).contains("t=\"inlineStr\"");
        assertThat(checkWithTable(RuleSetKinds.PROPERTY_FEES, saved).text()).startsWith("通过 passed");
    }

    private static void forEachFee(Sheet sheet, java.util.function.Consumer<Cell> change) {
        for (int r = 10; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            Cell fee = row == null ? null : row.getCell(8); // column I, the fee in fen
            if (fee != null && fee.getCellType() == CellType.NUMERIC) {
                change.accept(fee);
            }
        }
    }

    private static byte[] edit(byte[] xlsx, java.util.function.Consumer<Sheet> change) {
        try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(xlsx))) {
            change.accept(workbook.getSheetAt(0));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String sheetXml(byte[] xlsx) {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(xlsx))) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                if (e.getName().equals("xl/worksheets/sheet1.xml")) {
                    return new String(zip.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
            throw new IllegalStateException("no first sheet in the workbook");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean onPath(String program) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, program))) {
                return true;
            }
        }
        return false;
    }

    private static int run(Path dir, String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(dir.resolve("writer.log").toFile()).start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IllegalStateException(String.join(" ", command) + " did not finish in 120 s");
        }
        return p.exitValue();
    }
}
