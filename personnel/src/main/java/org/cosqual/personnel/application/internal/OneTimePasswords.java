package org.cosqual.personnel.application.internal;

import java.security.SecureRandom;

/**
 * Random passwords an administrator hands over once. They meet the password policy (one character
 * of each class) and avoid characters that are easily misread (0/O, 1/l/I).
 */
final class OneTimePasswords {

  private static final String LOWER = "abcdefghijkmnpqrstuvwxyz";
  private static final String UPPER = "ABCDEFGHJKLMNPQRSTUVWXYZ";
  private static final String DIGITS = "23456789";
  private static final String OTHER = "#%+=@";
  private static final String ALL = LOWER + UPPER + DIGITS + OTHER;
  private static final int LENGTH = 14;
  private static final SecureRandom RANDOM = new SecureRandom();

  private OneTimePasswords() {}

  static char[] generate() {
    char[] password = new char[LENGTH];
    String[] classes = {LOWER, UPPER, DIGITS, OTHER};
    for (int i = 0; i < LENGTH; i++) {
      String from = i < classes.length ? classes[i] : ALL;
      password[i] = from.charAt(RANDOM.nextInt(from.length()));
    }
    for (int i = LENGTH - 1; i > 0; i--) {
      int j = RANDOM.nextInt(i + 1);
      char swap = password[i];
      password[i] = password[j];
      password[j] = swap;
    }
    return password;
  }
}
