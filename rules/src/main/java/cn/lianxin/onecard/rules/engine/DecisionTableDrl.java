package cn.lianxin.onecard.rules.engine;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.TreeMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.drools.decisiontable.InputType;
import org.drools.decisiontable.SpreadsheetCompiler;

/**
 * A decision table turned into DRL the way Drools itself does it ({@link SpreadsheetCompiler}, first
 * sheet only), kept together with what is needed to map an error in that DRL back to the sheet:
 * the comment Drools writes above every rule ({@code // rule values at A12, header at A6}) gives
 * the row; the column is the one cell of that row whose text appears in the offending DRL line
 * (or, failing that, in the message), if there is exactly one.
 */
final class DecisionTableDrl {

    /** Where a problem is: any part may be {@code null}. */
    record Place(String sheet, Integer row, String column) {
    }

    private static final Pattern RULE_COMMENT =
            Pattern.compile("^\\s*// rule values at ([A-Z]+)(\\d+), header at ([A-Z]+)(\\d+)\\s*$");
    private static final Pattern RULE_START = Pattern.compile("^\\s*rule\\s+\"((?:[^\"\\\\]|\\\\.)*)\"");
    private static final Pattern CELL_IN_MESSAGE = Pattern.compile("\\b(?:cell|cells|at)\\s+\\[?([A-Z]{1,3})(\\d+)\\b");
    private static final Pattern QUOTED = Pattern.compile("'([^']+)'");
    private static final Pattern RULE_NAME_IN_MESSAGE = Pattern.compile("Rule name='((?:[^'\\\\]|\\\\.)*)'");

    private record RuleBlock(String name, int row, int firstLine, int lastLine) {
    }

    private final String drl;
    private final String[] lines;
    private final String sheet;
    private final Map<Integer, Map<String, String>> cellsByRow;
    private final List<RuleBlock> blocks = new ArrayList<>();
    private int tableHeaderRow = Integer.MAX_VALUE;

    private DecisionTableDrl(String drl, String sheet, Map<Integer, Map<String, String>> cellsByRow) {
        this.drl = drl;
        this.lines = drl.split("\n", -1);
        this.sheet = sheet;
        this.cellsByRow = cellsByRow;
        indexRules();
    }

    /** Thrown when the table cannot be read or turned into DRL; carries the place where known. */
    static final class TableException extends Exception {
        final RuleSetProblem.Kind kind;
        final Place place;

        TableException(RuleSetProblem.Kind kind, Place place, String message, Throwable cause) {
            super(message, cause);
            this.kind = kind;
            this.place = place;
        }
    }

    static DecisionTableDrl compile(byte[] content) throws TableException {
        String sheet;
        Map<Integer, Map<String, String>> cells;
        byte[] asShown;
        try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(content))) {
            if (workbook.getNumberOfSheets() == 0) {
                throw new TableException(RuleSetProblem.Kind.DECISION_TABLE, null, "the workbook has no sheet", null);
            }
            Sheet first = workbook.getSheetAt(0);
            sheet = first.getSheetName();
            fillMergedRanges(first);
            cells = readCells(first);
            conditionsWithoutPattern(first, cells);
            ByteArrayOutputStream out = new ByteArrayOutputStream(content.length + 1024);
            workbook.write(out);
            asShown = out.toByteArray();
        } catch (TableException e) {
            throw e;
        } catch (Exception | LinkageError e) {
            throw new TableException(RuleSetProblem.Kind.UNREADABLE, null,
                    "not a readable Excel workbook (.xlsx or .xls): " + messages(e), e);
        }
        String drl;
        try {
            // Drools reads the workbook with every cell of a merged range present (see fillMergedRanges)
            drl = new SpreadsheetCompiler().compile(new ByteArrayInputStream(asShown), InputType.XLS);
        } catch (RuntimeException e) {
            String message = messages(e);
            Matcher cell = CELL_IN_MESSAGE.matcher(message);
            Place place = cell.find()
                    ? new Place(sheet, Integer.valueOf(cell.group(2)), cell.group(1))
                    : new Place(sheet, null, null);
            throw new TableException(RuleSetProblem.Kind.DECISION_TABLE, place, message, e);
        }
        if (drl == null || drl.isBlank()) {
            throw new TableException(RuleSetProblem.Kind.DECISION_TABLE, new Place(sheet, null, null),
                    "the first sheet holds no decision table (no RuleTable cell)", null);
        }
        return new DecisionTableDrl(drl, sheet, cells);
    }

    String drl() {
        return drl;
    }

    String sheet() {
        return sheet;
    }

    /** The generated DRL line, 1-based, or {@code null}. */
    String line(Integer line) {
        return line == null || line < 1 || line > lines.length ? null : lines[line - 1];
    }

    /** Maps an error in the generated DRL back to the sheet, as well as it can. */
    Place locate(Integer drlLine, Integer drlColumn, String message) {
        RuleBlock block = drlLine == null ? null : blockAt(drlLine);
        if (block == null && message != null) {
            Matcher name = RULE_NAME_IN_MESSAGE.matcher(message);
            if (name.find()) {
                block = blockNamed(name.group(1));
            }
        }
        String stripped = message == null ? "" : RULE_NAME_IN_MESSAGE.matcher(message).replaceAll("");
        if (block == null) {
            Place header = headerCell(line(drlLine), message);
            return header != null ? header : new Place(sheet, null, null);
        }
        Map<String, String> row = cellsByRow.getOrDefault(block.row(), Map.of());
        String text = line(drlLine);
        boolean inside = drlLine != null && drlLine > block.firstLine() && drlLine <= block.lastLine()
                && !RULE_START.matcher(text).find();
        String column = null;
        if (inside) {
            column = uniqueCellIn(row, text, drlColumn);
        }
        if (column == null && !stripped.isBlank()) {
            column = uniqueCellIn(row, stripped, null);
        }
        if (column == null && !inside && stripped.startsWith("Rule Compilation error")) {
            // Java errors in an action are reported at the rule's first line: look in its action
            column = uniqueCellIn(row, consequence(block), null);
        }
        return new Place(sheet, block.row(), column);
    }

    private String consequence(RuleBlock block) {
        StringBuilder text = new StringBuilder();
        boolean then = false;
        for (int i = block.firstLine(); i < block.lastLine(); i++) {
            String l = lines[i - 1];
            if (then) {
                text.append(l).append('\n');
            } else if (l.trim().equals("then")) {
                then = true;
            }
        }
        return text.toString();
    }

    private String uniqueCellIn(Map<String, String> row, String text, Integer drlColumn) {
        List<String> hits = new ArrayList<>();
        List<String> hitsAtColumn = new ArrayList<>();
        for (Map.Entry<String, String> cell : row.entrySet()) {
            int[] span = span(text, cell.getValue());
            if (span != null) {
                hits.add(cell.getKey());
                if (drlColumn != null && drlColumn - 1 >= span[0] && drlColumn - 1 <= span[1]) {
                    hitsAtColumn.add(cell.getKey());
                }
            }
        }
        if (hits.size() == 1) {
            return hits.get(0);
        }
        return hitsAtColumn.size() == 1 ? hitsAtColumn.get(0) : null;
    }

    /**
     * Where the cell's text appears in {@code text} as a whole token, or {@code null}. A cell listing
     * several values separated by commas ("01, 02, 04") appears when every value does; the span
     * then covers the first to the last.
     */
    private static int[] span(String text, String cellText) {
        int from = Integer.MAX_VALUE;
        int to = -1;
        for (String part : cellText.split(",")) {
            String p = part.trim();
            if (p.isEmpty()) {
                continue;
            }
            Matcher m = Pattern.compile("(?<![\\p{L}\\p{N}_])" + Pattern.quote(p) + "(?![\\p{L}\\p{N}_])").matcher(text);
            if (!m.find()) {
                return null;
            }
            from = Math.min(from, m.start());
            to = Math.max(to, m.end());
        }
        return to < 0 ? null : new int[] {from, to};
    }

    /**
     * For errors outside any rule (package, imports): the cell above the table holding the name the
     * message quotes ({@code Error importing : 'x.Y'}), or else the offending DRL line's text.
     */
    private Place headerCell(String drlLineText, String message) {
        Matcher quoted = QUOTED.matcher(message == null ? "" : message);
        if (quoted.find()) {
            Place p = headerCellContaining(quoted.group(1).trim());
            if (p != null) {
                return p;
            }
        }
        if (drlLineText == null) {
            return null;
        }
        return headerCellContaining(drlLineText.trim().replaceFirst("^(import|package|global)\\s+", "")
                .replaceFirst(";\\s*$", "").trim());
    }

    private Place headerCellContaining(String core) {
        if (core.isEmpty()) {
            return null;
        }
        for (Map.Entry<Integer, Map<String, String>> row : cellsByRow.entrySet()) {
            if (row.getKey() >= tableHeaderRow) {
                continue;
            }
            for (Map.Entry<String, String> cell : row.getValue().entrySet()) {
                if (cell.getValue().contains(core)) {
                    return new Place(sheet, row.getKey(), cell.getKey());
                }
            }
        }
        return null;
    }

    private RuleBlock blockAt(int line) {
        for (RuleBlock b : blocks) {
            if (line >= b.firstLine() && line <= b.lastLine()) {
                return b;
            }
        }
        return null;
    }

    private RuleBlock blockNamed(String name) {
        for (RuleBlock b : blocks) {
            if (b.name().equals(name)) {
                return b;
            }
        }
        return null;
    }

    private void indexRules() {
        for (int i = 0; i < lines.length; i++) {
            Matcher comment = RULE_COMMENT.matcher(lines[i]);
            if (!comment.matches()) {
                continue;
            }
            int row = Integer.parseInt(comment.group(2));
            tableHeaderRow = Math.min(tableHeaderRow, Integer.parseInt(comment.group(4)));
            int start = i + 1;
            while (start < lines.length && !RULE_START.matcher(lines[start]).find()) {
                start++;
            }
            if (start == lines.length) {
                break;
            }
            Matcher name = RULE_START.matcher(lines[start]);
            name.find();
            int end = start;
            while (end < lines.length && !lines[end].trim().equals("end")) {
                end++;
            }
            // 1-based lines: the comment line through the closing "end"
            blocks.add(new RuleBlock(name.group(1), row, i + 1, Math.min(end, lines.length - 1) + 1));
            i = end;
        }
    }

    /**
     * Makes every cell a merged range covers exist, blank, as a spreadsheet shows it. Drools' Excel
     * parser visits only the cells a row holds and applies a merged range only to a cell it visits:
     * a writer that stores nothing for the covered cells (openpyxl does, for a merged pattern cell
     * {@code B8:C8}) would leave column C outside the pattern, and Drools would write that column's
     * condition as a bare line ({@code [ERR 102] mismatched input '=='}). Excel, LibreOffice and
     * Apache POI store the covered cells; then this changes nothing.
     */
    static void fillMergedRanges(Sheet sheet) {
        for (CellRangeAddress range : sheet.getMergedRegions()) {
            for (int r = range.getFirstRow(); r <= range.getLastRow(); r++) {
                Row row = sheet.getRow(r) != null ? sheet.getRow(r) : sheet.createRow(r);
                for (int c = range.getFirstColumn(); c <= range.getLastColumn(); c++) {
                    if (row.getCell(c) == null) {
                        row.createCell(c, CellType.BLANK);
                    }
                }
            }
        }
    }

    /**
     * Refuses, in words, a CONDITION column that has no fact pattern above its code: its cell in the
     * pattern row is empty and not merged with a pattern cell. Drools would write its code outside any
     * pattern, and report only a syntax error in DRL the analyst never sees.
     */
    private static void conditionsWithoutPattern(Sheet sheet, Map<Integer, Map<String, String>> cells)
            throws TableException {
        for (Map.Entry<Integer, Map<String, String>> row : cells.entrySet()) {
            boolean table = row.getValue().values().stream().anyMatch(v -> v.startsWith("RuleTable"));
            if (!table) {
                continue;
            }
            int kindsRow = row.getKey() + 1;
            int patternRow = row.getKey() + 2;
            Map<String, String> kinds = cells.getOrDefault(kindsRow, Map.of());
            Map<String, String> patterns = cells.getOrDefault(patternRow, Map.of());
            for (Map.Entry<String, String> kind : kinds.entrySet()) {
                String k = kind.getValue().toUpperCase(Locale.ROOT);
                if (!k.equals("CONDITION") && !k.equals("C")) {
                    continue;
                }
                String column = kind.getKey();
                if (patterns.containsKey(column) || mergedWithPattern(sheet, patternRow, column, patterns)) {
                    continue;
                }
                String left = patterns.entrySet().stream()
                        .filter(p -> columnIndex(p.getKey()) < columnIndex(column))
                        .reduce((a, b) -> b).map(p -> " (" + p.getKey() + patternRow + " '" + p.getValue() + "')")
                        .orElse("");
                throw new TableException(RuleSetProblem.Kind.DECISION_TABLE, new Place(sheet.getSheetName(), patternRow, column),
                        "column " + column + " is a CONDITION but has no fact pattern: cell " + column + patternRow
                                + " is empty and not merged with a pattern cell, so Drools would write the column's"
                                + " conditions outside any pattern. Merge " + column + patternRow
                                + " with the pattern cell to its left" + left + ", or write the pattern in it", null);
            }
        }
    }

    private static boolean mergedWithPattern(Sheet sheet, int patternRow, String column, Map<String, String> patterns) {
        int c = columnIndex(column);
        for (CellRangeAddress range : sheet.getMergedRegions()) {
            if (range.isInRange(patternRow - 1, c)) {
                String topLeft = CellReference.convertNumToColString(range.getFirstColumn());
                return range.getFirstRow() == patternRow - 1 && patterns.containsKey(topLeft);
            }
        }
        return false;
    }

    private static int columnIndex(String letters) {
        return CellReference.convertColStringToIndex(letters);
    }

    /**
     * Cell texts by 1-based row and column letter, as a spreadsheet shows them and Drools' Excel
     * parser reads them: shared or inline strings, numbers formatted, formulas by their value (the
     * cached one when POI cannot evaluate the formula).
     */
    private static Map<Integer, Map<String, String>> readCells(Sheet sheet) {
        DataFormatter formatter = new DataFormatter(Locale.ENGLISH);
        FormulaEvaluator evaluator = sheet.getWorkbook().getCreationHelper().createFormulaEvaluator();
        Map<Integer, Map<String, String>> cells = new TreeMap<>();
        for (Row row : sheet) {
            Map<String, String> texts = new LinkedHashMap<>();
            for (Cell cell : row) {
                String text;
                try {
                    text = formatter.formatCellValue(cell, evaluator).trim();
                } catch (RuntimeException e) {
                    try {
                        text = formatter.formatCellValue(cell).trim(); // the cached value
                    } catch (RuntimeException again) {
                        continue;
                    }
                }
                if (!text.isEmpty()) {
                    texts.put(CellReference.convertNumToColString(cell.getColumnIndex()), text);
                }
            }
            if (!texts.isEmpty()) {
                cells.put(row.getRowNum() + 1, texts);
            }
        }
        return cells;
    }

    /** The distinct messages of an exception and its causes, outermost first. */
    static String messages(Throwable e) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        for (Throwable t = e; t != null && depth < 10; t = t.getCause(), depth++) {
            String m = t.getMessage();
            if (m != null && !m.isBlank() && parts.stream().noneMatch(p -> p.contains(m.trim()))) {
                parts.add(m.trim());
            }
        }
        return parts.isEmpty() ? e.getClass().getSimpleName() : String.join(": ", parts);
    }
}
