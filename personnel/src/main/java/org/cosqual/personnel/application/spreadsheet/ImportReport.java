package org.cosqual.personnel.application.spreadsheet;

import java.io.Serializable;
import java.util.Comparator;
import java.util.List;

/**
 * The outcome of an import: how many rows were created, how many were already there and left
 * unchanged (a re-import), and why each refused row was refused, in row order.
 */
public record ImportReport(int created, int unchanged, List<RowError> errors)
    implements Serializable {

  private static final long serialVersionUID = 1L;

  public ImportReport {
    errors = errors.stream().sorted(Comparator.comparingInt(RowError::row)).toList();
  }

  /** The number of rows refused (a row with several errors counts once). */
  public int refused() {
    return (int) errors.stream().mapToInt(RowError::row).distinct().count();
  }
}
