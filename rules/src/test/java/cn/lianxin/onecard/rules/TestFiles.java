package cn.lianxin.onecard.rules;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellReference;

/** Files for tests: classpath bytes, and decision tables with one cell changed (as an analyst would). */
public final class TestFiles {

    public static final String CARD_FEE_TABLE = "rulesets/card-fees/card-fees.drl.xlsx";
    public static final String CARD_FEE_FALLBACK = "rulesets/card-fees/card-fees-fallback.drl";

    private TestFiles() {
    }

    public static byte[] classpath(String path) {
        try (InputStream in = TestFiles.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalArgumentException(path + " is not on the classpath");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The workbook with the cell at {@code ref} (e.g. "I12", first sheet) set to {@code value}; "" empties it. */
    public static byte[] withCell(byte[] xlsx, String ref, String value) {
        try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheetAt(0);
            CellReference at = new CellReference(ref);
            Row row = sheet.getRow(at.getRow()) == null ? sheet.createRow(at.getRow()) : sheet.getRow(at.getRow());
            Cell cell = row.getCell(at.getCol()) == null ? row.createCell(at.getCol()) : row.getCell(at.getCol());
            if (value.isEmpty()) {
                row.removeCell(cell);
            } else {
                cell.setCellValue(value);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The workbook with a whole row of the first sheet emptied (1-based, as Excel shows it). */
    public static byte[] withBlankRow(byte[] xlsx, int excelRow) {
        try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheetAt(0);
            Row row = sheet.getRow(excelRow - 1);
            if (row != null) {
                sheet.removeRow(row);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
