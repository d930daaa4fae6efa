package org.cosqual.personnel.infrastructure.spreadsheet;

/**
 * A cell as the sheet XML stores it, before its column's type applies.
 *
 * @param column the 0-based column index
 * @param value the stored text: the string, the number as written, 1/0 for a boolean, the error
 *     code, or an ISO date
 * @param formula whether the cell holds a formula (its value is then only the cached result)
 * @param dateFormatted whether a number is shown as a date or time
 */
record RawCell(int column, Kind kind, String value, boolean formula, boolean dateFormatted) {

  enum Kind {
    TEXT,
    NUMBER,
    BOOLEAN,
    ERROR,
    ISO_DATE
  }

  boolean isBlank() {
    return !formula && (value == null || value.isBlank());
  }
}
