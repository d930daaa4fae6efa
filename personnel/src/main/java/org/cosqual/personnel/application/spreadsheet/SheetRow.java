package org.cosqual.personnel.application.spreadsheet;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One data row whose every cell passed the column's type check: text stripped of surrounding white
 * space, whole numbers as {@code Long}, decimals as {@code BigDecimal}, dates as {@code LocalDate},
 * flags as {@code Boolean}, choices as the list of the chosen options' keys. A blank cell has no
 * value (null, or an empty list for a choice).
 */
public final class SheetRow {

  private final int number;
  private final Map<String, Object> values;

  public SheetRow(int number, Map<String, Object> values) {
    this.number = number;
    this.values = Map.copyOf(values);
  }

  /** The row number as the spreadsheet program shows it. */
  public int number() {
    return number;
  }

  public String text(String column) {
    return (String) values.get(column);
  }

  public Long integer(String column) {
    return (Long) values.get(column);
  }

  public BigDecimal decimal(String column) {
    return (BigDecimal) values.get(column);
  }

  public LocalDate date(String column) {
    return (LocalDate) values.get(column);
  }

  /** A blank flag is false. */
  public boolean flag(String column) {
    return Boolean.TRUE.equals(values.get(column));
  }

  /** The keys of the options chosen, in the order typed. */
  @SuppressWarnings("unchecked")
  public List<String> options(String column) {
    Object value = values.get(column);
    return value == null ? List.of() : (List<String>) value;
  }

  /** The options chosen, as values of the enum their keys ({@code EnumName.VALUE}) name. */
  public <E extends Enum<E>> Set<E> enums(String column, Class<E> type) {
    Set<E> chosen = EnumSet.noneOf(type);
    for (String key : options(column)) {
      chosen.add(Enum.valueOf(type, key.substring(key.lastIndexOf('.') + 1)));
    }
    return chosen;
  }

  @Override
  public String toString() {
    return "row " + number + " " + values;
  }
}
