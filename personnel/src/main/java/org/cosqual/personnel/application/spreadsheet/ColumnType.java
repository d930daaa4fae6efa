package org.cosqual.personnel.application.spreadsheet;

/** What a column holds, and so how its cells are read and written. */
public enum ColumnType {
  /** Text; a number or a date in the cell is refused (long codes lose digits as numbers). */
  TEXT,
  /** A whole number, as a number cell or as digits typed as text. */
  INTEGER,
  /** A number, exact (read as {@link java.math.BigDecimal}). */
  DECIMAL,
  /** A date cell, or text such as 2024-03-01, 2024/3/1 or 2024年3月1日. */
  DATE,
  /** One or several of a fixed list of options, typed as their labels. */
  CHOICE,
  /** Yes or no, typed as the labels of {@code spreadsheet.yes} / {@code spreadsheet.no}. */
  FLAG
}
