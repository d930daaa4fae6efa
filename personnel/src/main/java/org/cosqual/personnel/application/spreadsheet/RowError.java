package org.cosqual.personnel.application.spreadsheet;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import org.cosqual.personnel.domain.shared.BusinessException;

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

  /**
   * Runs one check of a row; a refusal becomes this row's error in that column, and null is
   * returned so the other checks of the row still run and every error is reported.
   */
  public static <T> T attempt(List<RowError> errors, int row, String column, Supplier<T> check) {
    try {
      return check.get();
    } catch (BusinessException refusal) {
      errors.add(of(row, column, refusal.getMessageKey(), refusal.getArguments()));
      return null;
    }
  }
}
