package org.cosqual.personnel.application.spreadsheet;

import java.util.List;
import java.util.Optional;

/**
 * The columns of one kind of sheet and the most data rows a file may hold.
 *
 * @param titleKey bundle key of the worksheet's name in templates and exports
 */
public record SheetLayout(String titleKey, List<Column> columns, int maxRows) {

  /**
   * What the issue asks every import to accept; a larger file is refused before any row is read.
   */
  public static final int DEFAULT_MAX_ROWS = 20_000;

  public SheetLayout {
    columns = List.copyOf(columns);
    if (columns.isEmpty() || maxRows < 1) {
      throw new IllegalArgumentException("A layout needs columns and a row limit");
    }
  }

  public static SheetLayout of(String titleKey, Column... columns) {
    return new SheetLayout(titleKey, List.of(columns), DEFAULT_MAX_ROWS);
  }

  public SheetLayout withMaxRows(int rows) {
    return new SheetLayout(titleKey, columns, rows);
  }

  public Optional<Column> column(String key) {
    return columns.stream().filter(c -> c.key().equals(key)).findFirst();
  }
}
