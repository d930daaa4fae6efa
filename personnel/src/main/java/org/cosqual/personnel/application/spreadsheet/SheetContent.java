package org.cosqual.personnel.application.spreadsheet;

import java.util.List;

/**
 * What the reader found: the data rows whose cells all passed their checks, and the errors of the
 * others (a row with any bad cell is not among the rows). Blank rows are in neither.
 */
public record SheetContent(List<SheetRow> rows, List<RowError> errors) {

  public SheetContent {
    rows = List.copyOf(rows);
    errors = List.copyOf(errors);
  }
}
