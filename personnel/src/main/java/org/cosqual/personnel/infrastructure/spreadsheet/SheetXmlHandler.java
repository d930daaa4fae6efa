package org.cosqual.personnel.infrastructure.spreadsheet;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.IntConsumer;
import java.util.function.Supplier;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.model.SharedStrings;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.cosqual.personnel.infrastructure.spreadsheet.RawCell.Kind;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Turns a worksheet's XML into rows of raw cells as the parser streams it, so no sheet is ever held
 * in memory whole. It reports the declared used range first ({@code <dimension>} precedes the
 * data), and fetches the shared strings only once a row needs them, so a sheet refused for its size
 * costs next to nothing.
 */
final class SheetXmlHandler extends DefaultHandler {

  /**
   * Built-in number formats 27-36 and 50-58 are dates in the Chinese, Japanese and Korean locales.
   */
  private static final int[][] EAST_ASIAN_DATE_FORMATS = {{27, 36}, {50, 58}};

  private static final int MAX_ROW_DIGITS = 9;

  private final Supplier<SharedStrings> strings;
  private final StylesTable styles;
  private final IntConsumer lastRowDeclared;
  private final Consumer<RawRow> rows;
  private final Map<Integer, Boolean> dateStyles = new HashMap<>();

  private final StringBuilder text = new StringBuilder();
  private List<RawCell> cells;
  private int rowNumber;
  private int column;
  private String type;
  private int style;
  private boolean formula;
  private boolean inValue;
  private boolean inInlineText;
  private boolean inPhonetic;

  SheetXmlHandler(
      Supplier<SharedStrings> strings,
      StylesTable styles,
      IntConsumer lastRowDeclared,
      Consumer<RawRow> rows) {
    this.strings = strings;
    this.styles = styles;
    this.lastRowDeclared = lastRowDeclared;
    this.rows = rows;
  }

  @Override
  public void startElement(String uri, String localName, String qName, Attributes attributes) {
    switch (localName) {
      case "dimension" -> dimension(attributes.getValue("ref"));
      case "row" -> {
        String r = attributes.getValue("r");
        rowNumber = r == null ? rowNumber + 1 : Integer.parseInt(r);
        cells = new ArrayList<>();
        column = -1;
      }
      case "c" -> {
        String r = attributes.getValue("r");
        column = r == null ? column + 1 : columnIndex(r);
        type = attributes.getValue("t");
        String s = attributes.getValue("s");
        style = s == null ? 0 : Integer.parseInt(s);
        formula = false;
        text.setLength(0);
      }
      case "f" -> formula = true;
      case "v" -> {
        inValue = true;
        text.setLength(0);
      }
      case "rPh" -> inPhonetic = true;
      case "t" -> inInlineText = !inPhonetic;
      default -> {
        // other elements (formatting, merged cells, drawings) do not matter here
      }
    }
  }

  @Override
  public void characters(char[] ch, int start, int length) {
    if (inValue || inInlineText) {
      text.append(ch, start, length);
    }
  }

  @Override
  public void endElement(String uri, String localName, String qName) {
    switch (localName) {
      case "v" -> inValue = false;
      case "t" -> inInlineText = false;
      case "rPh" -> inPhonetic = false;
      case "c" -> cells.add(cell());
      case "row" -> rows.accept(new RawRow(rowNumber, cells));
      default -> {
        // nothing to finish
      }
    }
  }

  private RawCell cell() {
    String value = text.toString();
    String t = type == null ? "n" : type;
    return switch (t) {
      case "s" ->
          new RawCell(
              column,
              Kind.TEXT,
              value.isEmpty() ? "" : strings.get().getItemAt(Integer.parseInt(value)).getString(),
              formula,
              false);
      case "inlineStr", "str" -> new RawCell(column, Kind.TEXT, value, formula, false);
      case "b" -> new RawCell(column, Kind.BOOLEAN, value, formula, false);
      case "e" -> new RawCell(column, Kind.ERROR, value, formula, false);
      case "d" -> new RawCell(column, Kind.ISO_DATE, value, formula, true);
      default -> new RawCell(column, Kind.NUMBER, value, formula, isDateStyle(style));
    };
  }

  private boolean isDateStyle(int index) {
    if (styles == null || index >= styles.getNumCellStyles()) {
      return false;
    }
    return dateStyles.computeIfAbsent(
        index,
        i -> {
          XSSFCellStyle cellStyle = styles.getStyleAt(i);
          int format = cellStyle.getDataFormat();
          return DateUtil.isADateFormat(format, cellStyle.getDataFormatString())
              || isEastAsianDate(format);
        });
  }

  private static boolean isEastAsianDate(int format) {
    for (int[] range : EAST_ASIAN_DATE_FORMATS) {
      if (format >= range[0] && format <= range[1]) {
        return true;
      }
    }
    return false;
  }

  private void dimension(String ref) {
    if (ref == null) {
      return;
    }
    String last = ref.substring(ref.indexOf(':') + 1);
    String digits = last.replaceAll("[^0-9]", "");
    if (!digits.isEmpty()) {
      lastRowDeclared.accept(
          digits.length() > MAX_ROW_DIGITS ? Integer.MAX_VALUE : Integer.parseInt(digits));
    }
  }

  /** The 0-based column of a reference such as AB12. */
  static int columnIndex(String reference) {
    int index = 0;
    for (int i = 0; i < reference.length(); i++) {
      char c = reference.charAt(i);
      if (c < 'A' || c > 'Z') {
        break;
      }
      index = index * 26 + (c - 'A' + 1);
    }
    return index - 1;
  }
}
