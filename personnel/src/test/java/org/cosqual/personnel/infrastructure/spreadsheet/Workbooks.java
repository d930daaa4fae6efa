package org.cosqual.personnel.infrastructure.spreadsheet;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Builds .xlsx files in tests the way people and other programs make them. */
public final class Workbooks {

  /** A cell holding a formula. */
  public record Formula(String expression) {}

  /** A cell holding an error value such as #N/A. */
  public record ErrorValue(FormulaError error) {}

  private Workbooks() {}

  /** A workbook kept in memory (shared strings, a declared used range), as Excel writes it. */
  public static byte[] xlsx(Consumer<Sheet> fill) {
    return write(new XSSFWorkbook(), fill);
  }

  /** A streamed workbook (inline strings, many rows), as exporting programs often write it. */
  public static byte[] streamed(Consumer<Sheet> fill) {
    SXSSFWorkbook workbook = new SXSSFWorkbook(100);
    try {
      return write(workbook, fill);
    } finally {
      workbook.dispose();
    }
  }

  private static byte[] write(Workbook workbook, Consumer<Sheet> fill) {
    try (workbook;
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      fill.accept(workbook.createSheet("Sheet1"));
      workbook.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Writes a row (0-based index) of values: strings, numbers, dates, booleans, formulas, errors.
   */
  public static void row(Sheet sheet, int index, Object... values) {
    Row row = sheet.createRow(index);
    for (int i = 0; i < values.length; i++) {
      Object value = values[i];
      if (value == null) {
        continue;
      }
      Cell cell = row.createCell(i);
      if (value instanceof String s) {
        cell.setCellValue(s);
      } else if (value instanceof Number n) {
        cell.setCellValue(n.doubleValue());
      } else if (value instanceof Boolean b) {
        cell.setCellValue(b);
      } else if (value instanceof LocalDate d) {
        cell.setCellValue(d);
        cell.setCellStyle(dateStyle(sheet.getWorkbook()));
      } else if (value instanceof Formula f) {
        cell.setCellFormula(f.expression());
      } else if (value instanceof ErrorValue e) {
        cell.setCellErrorValue(e.error().getCode());
      } else {
        throw new IllegalArgumentException("Cannot write " + value);
      }
    }
  }

  private static CellStyle dateStyle(Workbook workbook) {
    for (int i = 0; i < workbook.getNumCellStyles(); i++) {
      CellStyle style = workbook.getCellStyleAt(i);
      if ("yyyy-mm-dd".equals(style.getDataFormatString())) {
        return style;
      }
    }
    CellStyle style = workbook.createCellStyle();
    style.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
    return style;
  }
}
