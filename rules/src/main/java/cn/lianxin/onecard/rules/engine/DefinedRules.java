package cn.lianxin.onecard.rules.engine;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/**
 * How many rules a version's files define, counted from the files themselves and not by Drools:
 * one per non-blank row under each {@code RuleTable} of a decision table's first sheet, one per
 * {@code rule} declaration of a DRL file. The compiler is then held to that count, so a rule Drools
 * would silently drop is a refusal, not a missing fee.
 *
 * <p>Drools reads a table's rows up to the first blank row. A blank row followed by more rows of
 * the same table would lose those rows; it is reported here with its place. A workbook whose first
 * sheet is not the rule set's table sheet (the sheet was deleted, renamed or moved) is reported too.
 */
public final class DefinedRules {

    /** A table's rule rows start five rows below its {@code RuleTable} row (then: kinds, pattern, code, titles). */
    static final int HEADER_ROWS = 5;
    private static final Pattern DRL_RULE = Pattern.compile("(?m)^\\s*rule\\s+(\"(?:[^\"\\\\]|\\\\.)*\"|'[^']*'|\\S+)");
    private static final Pattern BLOCK_COMMENT = Pattern.compile("(?s)/\\*.*?\\*/");
    private static final Pattern LINE_COMMENT = Pattern.compile("(?m)(//|#).*$");

    private DefinedRules() {
    }

    /**
     * Counts the rules the resources define, adding a located problem for a table that would lose
     * rows or sits on the wrong sheet. Unreadable files count 0; the compiler reports them.
     */
    public static int count(RuleSetKind<?> kind, List<RuleResource> resources, List<RuleSetProblem> problems) {
        int count = 0;
        for (RuleResource resource : resources) {
            switch (resource.kind()) {
                case DRL -> count += drlRules(new String(resource.content(), StandardCharsets.UTF_8));
                case DECISION_TABLE -> count += tableRows(kind, resource, problems);
                default -> { }
            }
        }
        return count;
    }

    static int drlRules(String drl) {
        String code = LINE_COMMENT.matcher(BLOCK_COMMENT.matcher(drl).replaceAll(" ")).replaceAll("");
        Matcher m = DRL_RULE.matcher(code);
        int rules = 0;
        while (m.find()) {
            rules++;
        }
        return rules;
    }

    private static int tableRows(RuleSetKind<?> kind, RuleResource resource, List<RuleSetProblem> problems) {
        try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(resource.content()))) {
            if (workbook.getNumberOfSheets() == 0) {
                problems.add(RuleSetProblem.of(RuleSetProblem.Kind.DECISION_TABLE, kind.name(), resource.name(),
                        "the workbook has no sheet; the rules must be on a first sheet named '" + kind.tableSheet() + "'"));
                return 0;
            }
            Sheet first = workbook.getSheetAt(0);
            if (!first.getSheetName().equals(kind.tableSheet())) {
                boolean elsewhere = workbook.getSheet(kind.tableSheet()) != null;
                problems.add(new RuleSetProblem(RuleSetProblem.Kind.DECISION_TABLE, kind.name(), resource.name(),
                        first.getSheetName(), null, null, null, null, elsewhere
                                ? "the first sheet is '" + first.getSheetName() + "' but Drools reads only the first sheet: move the sheet '"
                                        + kind.tableSheet() + "' back to the first place"
                                : "the sheet '" + kind.tableSheet() + "' is missing (the workbook has "
                                        + sheetNames(workbook) + "); the rules must be on it, as the first sheet", null));
                return 0;
            }
            return rulesOn(kind, resource, first, problems);
        } catch (Exception e) {
            return 0; // not a workbook: the compiler reports it as UNREADABLE
        }
    }

    private static int rulesOn(RuleSetKind<?> kind, RuleResource resource, Sheet sheet, List<RuleSetProblem> problems) {
        DataFormatter text = new DataFormatter();
        int count = 0;
        int tables = 0;
        int last = sheet.getLastRowNum();
        int r = 0;
        while (r <= last) {
            if (!startsTable(sheet.getRow(r), text)) {
                r++;
                continue;
            }
            tables++;
            int tableRow = r;
            r = tableRow + HEADER_ROWS;
            int blankAt = -1;
            while (r <= last && !startsTable(sheet.getRow(r), text)) {
                if (blank(sheet.getRow(r), text)) {
                    if (blankAt < 0) {
                        blankAt = r;
                    }
                } else if (blankAt >= 0) {
                    problems.add(new RuleSetProblem(RuleSetProblem.Kind.DECISION_TABLE, kind.name(), resource.name(),
                            sheet.getSheetName(), blankAt + 1, null, null, null,
                            "row " + (blankAt + 1) + " is blank inside the table that starts at row " + (tableRow + 1)
                                    + ": Drools ends the table there and row " + (r + 1)
                                    + " and the rows below it would be lost; delete the blank row", null));
                    count++;
                    blankAt = -1;
                } else {
                    count++;
                }
                r++;
            }
        }
        if (tables == 0) {
            problems.add(new RuleSetProblem(RuleSetProblem.Kind.DECISION_TABLE, kind.name(), resource.name(),
                    sheet.getSheetName(), null, null, null, null,
                    "the sheet has no 'RuleTable' row: it holds no rules", null));
        }
        return count;
    }

    private static boolean startsTable(Row row, DataFormatter text) {
        if (row == null) {
            return false;
        }
        for (Cell cell : row) {
            if (cell.getCellType() == CellType.STRING && cell.getStringCellValue().trim().startsWith("RuleTable")) {
                return true;
            }
        }
        return false;
    }

    private static boolean blank(Row row, DataFormatter text) {
        if (row == null) {
            return true;
        }
        for (Cell cell : row) {
            if (!text.formatCellValue(cell).isBlank()) {
                return false;
            }
        }
        return true;
    }

    private static String sheetNames(Workbook workbook) {
        StringBuilder names = new StringBuilder();
        for (Sheet s : workbook) {
            names.append(names.isEmpty() ? "" : ", ").append('\'').append(s.getSheetName()).append('\'');
        }
        return names.isEmpty() ? "no sheets" : "sheets " + names;
    }
}
