package org.cosqual.personnel.application.spreadsheet;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;

/**
 * Why one row (or one cell of it) was refused.
 *
 * @param row the row number as the spreadsheet program shows it (the header is usually row 1)
 * @param column the column's key, or null when the reason concerns the whole row
 * @param messageKey the bundle key of the reason
 * @param arguments the reason's placeholders; a string that is itself a bundle key (a column label)
 *     is shown translated
 */
public record RowError(int row, String column, String messageKey, List<Serializable> arguments)
    implements Serializable {

  private static final long serialVersionUID = 1L;

  public RowError {
    arguments = List.copyOf(arguments);
  }

  public static RowError of(int row, String column, String messageKey, Object... arguments) {
    List<Serializable> values =
        Arrays.stream(arguments)
            .map(a -> a == null ? "" : a instanceof Serializable s ? s : String.valueOf(a))
            .toList();
    return new RowError(row, column, messageKey, values);
  }
}
