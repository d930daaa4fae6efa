package org.cosqual.personnel.infrastructure.spreadsheet;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.DateUtil;
import org.cosqual.personnel.application.spreadsheet.Column;
import org.cosqual.personnel.application.spreadsheet.ColumnType;

/**
 * Applies one column's type to the raw cells found under its header. A formula is refused whatever
 * the type: its stored value is only what the file's author last computed.
 */
final class ColumnReader {

  private static final Pattern TEXT_DATE =
      Pattern.compile("(\\d{4})\\s*[-/.]\\s*(\\d{1,2})\\s*[-/.]\\s*(\\d{1,2})");
  private static final Pattern WHOLE_NUMBER = Pattern.compile("[+-]?\\d{1,18}");
  private static final BigDecimal LONG_LIMIT = BigDecimal.valueOf(Long.MAX_VALUE);

  private final Column column;
  private final int index;
  private final Map<String, Object> byLabel = new HashMap<>();
  private final String allowed;
  private final Pattern separators;

  ColumnReader(Column column, int index, Function<String, String> labels) {
    this.column = column;
    this.index = index;
    List<String> shown = new ArrayList<>();
    if (column.type() == ColumnType.CHOICE) {
      for (String option : column.options()) {
        byLabel.put(normalise(labels.apply(option)), option);
        shown.add(labels.apply(option));
      }
    } else if (column.type() == ColumnType.FLAG) {
      byLabel.put(normalise(labels.apply(Column.YES)), Boolean.TRUE);
      byLabel.put(normalise(labels.apply(Column.NO)), Boolean.FALSE);
      shown.add(labels.apply(Column.YES));
      shown.add(labels.apply(Column.NO));
    }
    String separatorLabel = labels.apply(Column.SEPARATORS);
    this.allowed = String.join(separatorLabel.substring(0, 1), shown);
    StringBuilder characterClass = new StringBuilder("[,;");
    separatorLabel
        .codePoints()
        .forEach(c -> characterClass.append("\\x{").append(Integer.toHexString(c)).append('}'));
    this.separators = Pattern.compile(characterClass.append(']').toString());
  }

  Column column() {
    return column;
  }

  int index() {
    return index;
  }

  /**
   * The cell's value in its column's type, or null for a blank cell.
   *
   * @throws CellRefused with the reason
   */
  Object read(RawCell cell) {
    if (cell != null && cell.formula()) {
      throw new CellRefused("error.spreadsheet.cell.formula");
    }
    if (cell == null || cell.isBlank()) {
      if (column.required()) {
        throw new CellRefused("error.spreadsheet.cell.required");
      }
      return column.type() == ColumnType.CHOICE ? List.of() : null;
    }
    if (cell.kind() == RawCell.Kind.ERROR) {
      throw new CellRefused("error.spreadsheet.cell.errorValue", cell.value());
    }
    return switch (column.type()) {
      case TEXT -> text(cell);
      case INTEGER -> integer(cell);
      case DECIMAL -> decimal(cell);
      case DATE -> date(cell);
      case CHOICE -> choice(cell);
      case FLAG -> flag(cell);
    };
  }

  private static String text(RawCell cell) {
    if (cell.kind() != RawCell.Kind.TEXT) {
      throw new CellRefused("error.spreadsheet.cell.notText", shown(cell));
    }
    return cell.value().strip();
  }

  private static Long integer(RawCell cell) {
    String value = cell.value().strip();
    boolean ok =
        switch (cell.kind()) {
          case NUMBER -> !cell.dateFormatted() && isWhole(value);
          case TEXT -> WHOLE_NUMBER.matcher(value).matches();
          default -> false;
        };
    if (!ok) {
      throw new CellRefused("error.spreadsheet.cell.notInteger", shown(cell));
    }
    return new BigDecimal(value).longValueExact();
  }

  private static boolean isWhole(String number) {
    try {
      BigDecimal value = new BigDecimal(number);
      return value.stripTrailingZeros().scale() <= 0 && value.abs().compareTo(LONG_LIMIT) < 0;
    } catch (NumberFormatException e) {
      return false;
    }
  }

  private static BigDecimal decimal(RawCell cell) {
    if ((cell.kind() == RawCell.Kind.NUMBER && !cell.dateFormatted())
        || cell.kind() == RawCell.Kind.TEXT) {
      try {
        return new BigDecimal(cell.value().strip());
      } catch (NumberFormatException e) {
        // refused below
      }
    }
    throw new CellRefused("error.spreadsheet.cell.notDecimal", shown(cell));
  }

  private static LocalDate date(RawCell cell) {
    try {
      switch (cell.kind()) {
        case NUMBER -> {
          double serial = Double.parseDouble(cell.value());
          if (cell.dateFormatted() && DateUtil.isValidExcelDate(serial)) {
            return DateUtil.getLocalDateTime(serial).toLocalDate();
          }
        }
        case ISO_DATE -> {
          return LocalDate.parse(cell.value().substring(0, Math.min(10, cell.value().length())));
        }
        case TEXT -> {
          Matcher m = TEXT_DATE.matcher(cell.value().strip());
          if (m.matches()) {
            return LocalDate.of(
                Integer.parseInt(m.group(1)),
                Integer.parseInt(m.group(2)),
                Integer.parseInt(m.group(3)));
          }
        }
        default -> {
          // refused below
        }
      }
    } catch (DateTimeException | NumberFormatException e) {
      // refused below
    }
    throw new CellRefused("error.spreadsheet.cell.notDate", shown(cell));
  }

  private List<String> choice(RawCell cell) {
    List<String> chosen = new ArrayList<>();
    String[] parts = column.multiple() ? separators.split(shown(cell)) : new String[] {shown(cell)};
    for (String part : parts) {
      if (part.isBlank()) {
        continue;
      }
      Object option = byLabel.get(normalise(part));
      if (option == null) {
        throw new CellRefused("error.spreadsheet.cell.choice", part.strip(), allowed);
      }
      if (!chosen.contains(option)) {
        chosen.add((String) option);
      }
    }
    if (chosen.isEmpty() && column.required()) {
      throw new CellRefused("error.spreadsheet.cell.required");
    }
    return List.copyOf(chosen);
  }

  private Boolean flag(RawCell cell) {
    if (cell.kind() == RawCell.Kind.BOOLEAN) {
      return "1".equals(cell.value().strip());
    }
    Object value = byLabel.get(normalise(shown(cell)));
    if (value == null) {
      throw new CellRefused("error.spreadsheet.cell.flag", shown(cell), allowed);
    }
    return (Boolean) value;
  }

  /** The cell as a person would read it, for messages: numbers in full, dates as dates. */
  private static String shown(RawCell cell) {
    String value = cell.value().strip();
    if (cell.kind() == RawCell.Kind.NUMBER) {
      try {
        double serial = Double.parseDouble(value);
        if (cell.dateFormatted() && DateUtil.isValidExcelDate(serial)) {
          return DateUtil.getLocalDateTime(serial).toLocalDate().toString();
        }
        return new BigDecimal(value).stripTrailingZeros().toPlainString();
      } catch (NumberFormatException e) {
        return value;
      }
    }
    if (cell.kind() == RawCell.Kind.ISO_DATE) {
      return value.substring(0, Math.min(10, value.length()));
    }
    return value;
  }

  private static String normalise(String label) {
    return label.strip().toLowerCase(Locale.ROOT);
  }
}
