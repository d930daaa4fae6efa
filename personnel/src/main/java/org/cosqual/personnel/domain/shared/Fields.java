package org.cosqual.personnel.domain.shared;

/**
 * Checks of free-text fields, refusing with a message that names the field (by its label key in the
 * portal's bundle) and the rule it broke. Values are stored without surrounding white space.
 */
public final class Fields {

  private Fields() {}

  public static String required(String value, String labelKey, int maxLength) {
    if (value == null || value.isBlank()) {
      throw new BusinessException("error.field.required", labelKey);
    }
    return bounded(value.strip(), labelKey, maxLength);
  }

  /** An optional field: blank becomes null. */
  public static String optional(String value, String labelKey, int maxLength) {
    return value == null || value.isBlank() ? null : bounded(value.strip(), labelKey, maxLength);
  }

  private static String bounded(String value, String labelKey, int maxLength) {
    if (value.codePointCount(0, value.length()) > maxLength) {
      throw new BusinessException("error.field.tooLong", labelKey, maxLength);
    }
    return value;
  }
}
