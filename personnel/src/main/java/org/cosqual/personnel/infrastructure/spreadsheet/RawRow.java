package org.cosqual.personnel.infrastructure.spreadsheet;

import java.util.List;

/** The stored cells of one row, in column order; {@code number} as the spreadsheet shows it. */
record RawRow(int number, List<RawCell> cells) {

  RawCell cell(int column) {
    for (RawCell cell : cells) {
      if (cell.column() == column) {
        return cell;
      }
    }
    return null;
  }
}
