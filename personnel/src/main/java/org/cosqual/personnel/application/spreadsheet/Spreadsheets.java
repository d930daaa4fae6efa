package org.cosqual.personnel.application.spreadsheet;

import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import java.util.function.Function;

/**
 * Reads and writes .xlsx files laid out as a {@link SheetLayout}. Labels (headers, options, yes and
 * no) come from the caller's message bundle through {@code labels}, which maps a bundle key to its
 * text; the same function must be used to write a template and to read it back.
 */
public interface Spreadsheets {

  /**
   * Reads the first worksheet. Its first non-blank row is the header; columns are found by their
   * label (a trailing * is ignored, unknown columns are skipped). Every cell of every data row is
   * checked against its column; blank rows are skipped.
   *
   * @throws org.cosqual.personnel.domain.shared.BusinessException before any row is returned:
   *     {@code error.spreadsheet.empty}, {@code .notXlsx} (another format, a password, a zip
   *     without a workbook), {@code .damaged}, {@code .noRows}, {@code .missingColumns}, {@code
   *     .duplicateColumn}, {@code .tooManyRows} (with the limit)
   */
  SheetContent read(InputStream xlsx, SheetLayout layout, Function<String, String> labels);

  /** An empty sheet with the header row, column widths, text format and drop-down lists. */
  void writeTemplate(SheetLayout layout, Function<String, String> labels, OutputStream out);

  /**
   * A list as a sheet, streamed (any number of rows, little memory). Each row holds one value per
   * column, in order: text as any object, numbers as {@code Number}, dates as {@code LocalDate},
   * flags as {@code Boolean}, choices as an option key, an enum value or a collection of them; null
   * is a blank cell.
   */
  void writeList(
      SheetLayout layout,
      Function<String, String> labels,
      Iterable<? extends List<?>> rows,
      OutputStream out);

  /**
   * Several lists as one workbook, a worksheet each in the given order, streamed as {@link
   * #writeList} streams one. A worksheet whose title an earlier one has already is named with "
   * (2)", " (3)" … after it.
   *
   * @throws IllegalArgumentException without sheets
   */
  void writeLists(List<ListSheet> sheets, Function<String, String> labels, OutputStream out);
}
