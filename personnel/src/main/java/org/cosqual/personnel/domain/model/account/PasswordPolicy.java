package org.cosqual.personnel.domain.model.account;

import java.util.Locale;
import org.cosqual.personnel.domain.shared.BusinessException;

/**
 * The strength rule for every password a person chooses: 10 to 128 characters, at least three of
 * lower case, upper case, digits and other characters, and not containing the user name.
 */
public final class PasswordPolicy {

  public static final int MIN_LENGTH = 10;
  public static final int MAX_LENGTH = 128;
  private static final int MIN_CLASSES = 3;

  private PasswordPolicy() {}

  public static void check(String username, char[] password) {
    if (password == null || password.length < MIN_LENGTH || password.length > MAX_LENGTH) {
      throw new BusinessException("error.password.length", MIN_LENGTH, MAX_LENGTH);
    }
    if (characterClasses(password) < MIN_CLASSES) {
      throw new BusinessException("error.password.classes", MIN_CLASSES);
    }
    if (username != null
        && !username.isBlank()
        && new String(password)
            .toLowerCase(Locale.ROOT)
            .contains(username.toLowerCase(Locale.ROOT))) {
      throw new BusinessException("error.password.containsUsername");
    }
  }

  private static int characterClasses(char[] password) {
    boolean lower = false;
    boolean upper = false;
    boolean digit = false;
    boolean other = false;
    for (char c : password) {
      if (Character.isLowerCase(c)) {
        lower = true;
      } else if (Character.isUpperCase(c)) {
        upper = true;
      } else if (Character.isDigit(c)) {
        digit = true;
      } else {
        other = true;
      }
    }
    return (lower ? 1 : 0) + (upper ? 1 : 0) + (digit ? 1 : 0) + (other ? 1 : 0);
  }
}
