package org.cosqual.personnel.application.spreadsheet;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * One column of a sheet. Its key is also the bundle key of its header label, so the header row, the
 * error report and the template all name it the same way.
 *
 * @param key the column's bundle key, e.g. {@code enterpriseSheet.creditCode}
 * @param options for {@link ColumnType#CHOICE}: the bundle keys of the allowed values, e.g. {@code
 *     EnterpriseKind.FILER}; cells hold their labels
 * @param multiple for {@link ColumnType#CHOICE}: several options in one cell, separated by 、 , ， ;
 *     or ；
 * @param width the column's width in the template and exports, in characters
 */
public record Column(
    String key,
    ColumnType type,
    boolean required,
    List<String> options,
    boolean multiple,
    int width) {

  /** The bundle keys of the labels a {@link ColumnType#FLAG} cell holds. */
  public static final String YES = "spreadsheet.yes";

  public static final String NO = "spreadsheet.no";

  /**
   * The bundle key of the characters that separate several options in one cell, besides , and ;
   * (the first one joins them in exports).
   */
  public static final String SEPARATORS = "spreadsheet.separators";

  private static final int DEFAULT_WIDTH = 16;

  public Column {
    Objects.requireNonNull(key);
    Objects.requireNonNull(type);
    options = List.copyOf(options);
    if (type == ColumnType.CHOICE && options.isEmpty()) {
      throw new IllegalArgumentException("A choice column needs options: " + key);
    }
  }

  public static Column text(String key) {
    return of(key, ColumnType.TEXT);
  }

  public static Column integer(String key) {
    return of(key, ColumnType.INTEGER);
  }

  public static Column decimal(String key) {
    return of(key, ColumnType.DECIMAL);
  }

  public static Column date(String key) {
    return of(key, ColumnType.DATE);
  }

  public static Column flag(String key) {
    return of(key, ColumnType.FLAG);
  }

  /** One of the given enum values, labelled by their bundle keys {@code EnumName.VALUE}. */
  public static Column choice(String key, Enum<?>... values) {
    return choice(key, optionKeys(values));
  }

  /** One of the given options, by their keys. */
  public static Column choice(String key, List<String> optionKeys) {
    return new Column(key, ColumnType.CHOICE, false, optionKeys, false, DEFAULT_WIDTH);
  }

  /** As {@link #choice}, several values allowed in one cell. */
  public static Column choices(String key, Enum<?>... values) {
    return new Column(key, ColumnType.CHOICE, false, optionKeys(values), true, DEFAULT_WIDTH);
  }

  private static Column of(String key, ColumnType type) {
    return new Column(key, type, false, List.of(), false, DEFAULT_WIDTH);
  }

  /** The bundle key of an enum value's label: {@code EnumName.VALUE}. */
  public static String optionKey(Enum<?> value) {
    return value.getDeclaringClass().getSimpleName() + "." + value.name();
  }

  private static List<String> optionKeys(Enum<?>... values) {
    return Arrays.stream(values).map(Column::optionKey).toList();
  }

  public Column asRequired() {
    return new Column(key, type, true, options, multiple, width);
  }

  public Column width(int characters) {
    return new Column(key, type, required, options, multiple, characters);
  }
}
