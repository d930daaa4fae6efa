package org.cosqual.personnel.infrastructure.spreadsheet;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.cosqual.personnel.application.spreadsheet.Column;
import org.cosqual.personnel.application.spreadsheet.RowError;
import org.cosqual.personnel.application.spreadsheet.SheetContent;
import org.cosqual.personnel.application.spreadsheet.SheetLayout;
import org.cosqual.personnel.application.spreadsheet.SheetRow;
import org.cosqual.personnel.domain.shared.BusinessException;

/**
 * Collects the rows of one sheet as they stream by: finds the header, skips blank rows, stops at
 * the row limit, and checks every cell of the others.
 */
final class SheetRows {

  private final SheetLayout layout;
  private final Function<String, String> labels;
  private final List<SheetRow> rows = new ArrayList<>();
  private final List<RowError> errors = new ArrayList<>();
  private List<ColumnReader> readers;
  private int dataRows;

  SheetRows(SheetLayout layout, Function<String, String> labels) {
    this.layout = layout;
    this.labels = labels;
  }

  /** The used range the sheet declares: refused at once when it holds too many rows. */
  void lastRowDeclared(int lastRow) {
    if (lastRow - 1 > layout.maxRows()) {
      throw tooManyRows();
    }
  }

  void row(RawRow row) {
    if (readers == null) {
      if (row.cells().stream().anyMatch(c -> !c.isBlank())) {
        readers = header(row);
      }
      return;
    }
    if (readers.stream().allMatch(r -> blank(row.cell(r.index())))) {
      return;
    }
    if (++dataRows > layout.maxRows()) {
      throw tooManyRows();
    }
    Map<String, Object> values = new HashMap<>();
    int errorsBefore = errors.size();
    for (ColumnReader reader : readers) {
      try {
        Object value = reader.read(row.cell(reader.index()));
        if (value != null) {
          values.put(reader.column().key(), value);
        }
      } catch (CellRefused refused) {
        errors.add(
            RowError.of(
                row.number(), reader.column().key(), refused.messageKey(), refused.arguments()));
      }
    }
    if (errors.size() == errorsBefore) {
      rows.add(new SheetRow(row.number(), values));
    }
  }

  SheetContent finish() {
    if (dataRows == 0) {
      throw new BusinessException("error.spreadsheet.noRows");
    }
    return new SheetContent(rows, errors);
  }

  private List<ColumnReader> header(RawRow row) {
    Map<String, Integer> found = new HashMap<>();
    for (RawCell cell : row.cells()) {
      if (cell.isBlank()) {
        continue;
      }
      String heading = comparable(cell.value());
      if (found.putIfAbsent(heading, cell.column()) != null) {
        throw new BusinessException("error.spreadsheet.duplicateColumn", cell.value().strip());
      }
    }
    List<ColumnReader> matched = new ArrayList<>();
    Map<String, String> missing = new LinkedHashMap<>();
    for (Column column : layout.columns()) {
      String label = labels.apply(column.key());
      Integer index = found.get(comparable(label));
      if (index == null) {
        missing.put(column.key(), label);
      } else {
        matched.add(new ColumnReader(column, index, labels));
      }
    }
    if (!missing.isEmpty()) {
      String separator = labels.apply(Column.SEPARATORS).substring(0, 1);
      throw new BusinessException(
          "error.spreadsheet.missingColumns", String.join(separator, missing.values()));
    }
    return matched;
  }

  /** A header as typed: white space, case and the * marking required columns do not matter. */
  static String comparable(String heading) {
    return heading.replaceAll("[\\s*]", "").replace("\uFF0A", "").toLowerCase(Locale.ROOT);
  }

  private static boolean blank(RawCell cell) {
    return cell == null || cell.isBlank();
  }

  private BusinessException tooManyRows() {
    return new BusinessException("error.spreadsheet.tooManyRows", layout.maxRows());
  }
}
