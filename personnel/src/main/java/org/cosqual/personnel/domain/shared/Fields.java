package org.cosqual.personnel.domain.shared;

import java.util.regex.Pattern;

/**
 * Checks of free-text fields, refusing with a message that names the field (by its label key in the
 * portal's bundle) and the rule it broke. Values are stored without surrounding white space.
 */
public final class Fields {

  /** Digits, spaces, a leading plus, hyphens and brackets: 0951-5012345, +86 138 0000 0000. */
  private static final Pattern PHONE = Pattern.compile("\\+?[0-9()\\- ]+");

  private static final int PHONE_MIN_DIGITS = 5;

  /** Something, an at sign, a domain with a dot; the mail server has the last word. */
  private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+");

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

  /** An optional telephone number, refused with {@code error.field.phone} when malformed. */
  public static String phone(String value, String labelKey, int maxLength) {
    String phone = optional(value, labelKey, maxLength);
    if (phone != null
        && (!PHONE.matcher(phone).matches()
            || phone.chars().filter(c -> c >= '0' && c <= '9').count() < PHONE_MIN_DIGITS)) {
      throw new BusinessException("error.field.phone", labelKey);
    }
    return phone;
  }

  /** An optional e-mail address, refused with {@code error.field.email} when malformed. */
  public static String email(String value, String labelKey, int maxLength) {
    String email = optional(value, labelKey, maxLength);
    if (email != null && !EMAIL.matcher(email).matches()) {
      throw new BusinessException("error.field.email", labelKey);
    }
    return email;
  }
}
