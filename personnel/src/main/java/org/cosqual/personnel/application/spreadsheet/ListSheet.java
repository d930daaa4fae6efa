package org.cosqual.personnel.application.spreadsheet;

import java.util.List;
import java.util.Objects;

/**
 * One worksheet of a list export: its layout and its rows, one value per column as {@link
 * Spreadsheets#writeList} takes them.
 */
public record ListSheet(SheetLayout layout, Iterable<? extends List<?>> rows) {

  public ListSheet {
    Objects.requireNonNull(layout);
    Objects.requireNonNull(rows);
  }
}
