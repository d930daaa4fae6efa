package org.cosqual.personnel.infrastructure.spreadsheet;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.CreationHelper;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.cosqual.personnel.application.spreadsheet.Column;
import org.cosqual.personnel.application.spreadsheet.ListSheet;
import org.cosqual.personnel.application.spreadsheet.SheetLayout;

/** Writes templates (header, formats, drop-down lists) and list exports (streamed) of a layout. */
final class XlsxSheetWriter {

  /** Rows kept in memory while a list streams out; older ones are flushed to a temporary file. */
  private static final int WINDOW = 200;

  private static final int CHARACTER_WIDTH = 256;
  private static final int COMMENT_COLUMNS = 3;
  private static final int COMMENT_ROWS = 3;

  /** Excel's limit on the length of a worksheet's name. */
  private static final int MAX_SHEET_NAME = 31;

  private final SheetLayout layout;
  private final Function<String, String> labels;

  XlsxSheetWriter(SheetLayout layout, Function<String, String> labels) {
    this.layout = layout;
    this.labels = labels;
  }

  void template(OutputStream out) {
    try (XSSFWorkbook workbook = new XSSFWorkbook()) {
      Sheet sheet = workbook.createSheet(sheetName());
      Styles styles = new Styles(workbook);
      Row header = header(sheet, styles, true);
      List<Column> columns = layout.columns();
      for (int i = 0; i < columns.size(); i++) {
        Column column = columns.get(i);
        sheet.setDefaultColumnStyle(i, styles.of(column));
        List<String> options = optionLabels(column);
        if (!options.isEmpty()) {
          hint(sheet, header.getCell(i), String.join(joiner(), options));
          if (!column.multiple()) {
            dropDown(sheet, i, options);
          }
        }
      }
      workbook.write(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Lists as the worksheets of one workbook, streamed (any number of rows, little memory). */
  static void lists(List<ListSheet> sheets, Function<String, String> labels, OutputStream out) {
    if (sheets.isEmpty()) {
      throw new IllegalArgumentException("A workbook needs at least one sheet");
    }
    SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW);
    try {
      Styles styles = new Styles(workbook);
      for (ListSheet list : sheets) {
        new XlsxSheetWriter(list.layout(), labels).list(workbook, styles, list.rows());
      }
      workbook.write(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      workbook.dispose();
    }
  }

  private void list(Workbook workbook, Styles styles, Iterable<? extends List<?>> rows) {
    Sheet sheet = workbook.createSheet(uniqueSheetName(workbook));
    header(sheet, styles, false);
    List<Column> columns = layout.columns();
    int number = 1;
    for (List<?> values : rows) {
      Row row = sheet.createRow(number++);
      for (int i = 0; i < columns.size() && i < values.size(); i++) {
        if (values.get(i) != null) {
          write(row.createCell(i), columns.get(i), values.get(i), styles);
        }
      }
    }
  }

  /** The sheet's name, numbered from 2 when the workbook has one of that name already. */
  private String uniqueSheetName(Workbook workbook) {
    String base = sheetName();
    String name = base;
    for (int n = 2; workbook.getSheetIndex(name) >= 0; n++) {
      String suffix = " (" + n + ")";
      name = base.substring(0, Math.min(base.length(), MAX_SHEET_NAME - suffix.length())) + suffix;
    }
    return name;
  }

  private Row header(Sheet sheet, Styles styles, boolean markRequired) {
    Row header = sheet.createRow(0);
    List<Column> columns = layout.columns();
    for (int i = 0; i < columns.size(); i++) {
      Column column = columns.get(i);
      Cell cell = header.createCell(i);
      cell.setCellValue(
          labels.apply(column.key()) + (markRequired && column.required() ? " *" : ""));
      cell.setCellStyle(styles.header);
      sheet.setColumnWidth(i, column.width() * CHARACTER_WIDTH);
    }
    sheet.createFreezePane(0, 1);
    return header;
  }

  private void write(Cell cell, Column column, Object value, Styles styles) {
    switch (column.type()) {
      case INTEGER, DECIMAL -> {
        if (value instanceof Number n) {
          cell.setCellValue(n.doubleValue());
        } else {
          cell.setCellValue(String.valueOf(value));
        }
      }
      case DATE -> {
        if (value instanceof LocalDate date) {
          cell.setCellValue(date);
          cell.setCellStyle(styles.date);
        } else {
          cell.setCellValue(String.valueOf(value));
        }
      }
      case FLAG -> {
        cell.setCellValue(labels.apply(Boolean.TRUE.equals(value) ? Column.YES : Column.NO));
        cell.setCellStyle(styles.text);
      }
      case CHOICE -> {
        cell.setCellValue(choiceLabels(value));
        cell.setCellStyle(styles.text);
      }
      case TEXT -> {
        cell.setCellValue(String.valueOf(value));
        cell.setCellStyle(styles.text);
      }
    }
  }

  private String choiceLabels(Object value) {
    Stream<?> options = value instanceof Collection<?> many ? many.stream() : Stream.of(value);
    return options
        .map(o -> o instanceof Enum<?> e ? Column.optionKey(e) : String.valueOf(o))
        .map(labels)
        .collect(Collectors.joining(joiner()));
  }

  private List<String> optionLabels(Column column) {
    return switch (column.type()) {
      case CHOICE -> column.options().stream().map(labels).toList();
      case FLAG -> List.of(labels.apply(Column.YES), labels.apply(Column.NO));
      default -> List.of();
    };
  }

  private void dropDown(Sheet sheet, int column, List<String> options) {
    DataValidationHelper helper = sheet.getDataValidationHelper();
    DataValidation validation =
        helper.createValidation(
            helper.createExplicitListConstraint(options.toArray(String[]::new)),
            new CellRangeAddressList(1, layout.maxRows(), column, column));
    validation.setShowErrorBox(true);
    sheet.addValidationData(validation);
  }

  private static void hint(Sheet sheet, Cell cell, String text) {
    CreationHelper factory = sheet.getWorkbook().getCreationHelper();
    Drawing<?> drawing = sheet.createDrawingPatriarch();
    ClientAnchor anchor = factory.createClientAnchor();
    anchor.setCol1(cell.getColumnIndex());
    anchor.setCol2(cell.getColumnIndex() + COMMENT_COLUMNS);
    anchor.setRow1(0);
    anchor.setRow2(COMMENT_ROWS);
    Comment comment = drawing.createCellComment(anchor);
    comment.setString(factory.createRichTextString(text));
    cell.setCellComment(comment);
  }

  private String joiner() {
    return labels.apply(Column.SEPARATORS).substring(0, 1);
  }

  private String sheetName() {
    return WorkbookUtil.createSafeSheetName(labels.apply(layout.titleKey()));
  }

  /** The few cell styles a sheet uses, created once per workbook. */
  private static final class Styles {

    final CellStyle header;
    final CellStyle text;
    final CellStyle date;
    final CellStyle general;

    Styles(Workbook workbook) {
      Font bold = workbook.createFont();
      bold.setBold(true);
      header = workbook.createCellStyle();
      header.setFont(bold);
      header.setFillForegroundColor(IndexedColors.PALE_BLUE.getIndex());
      header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
      header.setWrapText(true);
      text = workbook.createCellStyle();
      text.setDataFormat(workbook.createDataFormat().getFormat("@"));
      date = workbook.createCellStyle();
      date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
      general = workbook.createCellStyle();
    }

    /** The style a template gives a whole column, so what people type keeps its type. */
    CellStyle of(Column column) {
      return switch (column.type()) {
        case TEXT, CHOICE, FLAG -> text;
        case DATE -> date;
        case INTEGER, DECIMAL -> general;
      };
    }
  }
}
