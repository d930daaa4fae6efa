package org.cosqual.personnel.domain.model.document;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The code printed on an issued document: sixteen characters of Crockford's base 32 (no I, L, O or
 * U), 80 random bits, shown in groups of four. Typed back, case, spaces and dashes do not matter.
 * Documents issued before codes grew from twelve characters (60 bits) keep theirs and still verify.
 */
public final class VerificationCode {

  private static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
  private static final int LENGTH = 16;
  private static final Pattern VALID =
      Pattern.compile("[0-9A-HJKMNP-TV-Z]{12}(?:[0-9A-HJKMNP-TV-Z]{4})?");
  private static final SecureRandom RANDOM = new SecureRandom();

  private VerificationCode() {}

  public static String next() {
    StringBuilder code = new StringBuilder(LENGTH);
    for (int i = 0; i < LENGTH; i++) {
      code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
    }
    return code.toString();
  }

  /** The code as stored, from what someone typed or scanned; empty when it cannot be one. */
  public static Optional<String> normalised(String typed) {
    if (typed == null) {
      return Optional.empty();
    }
    String code = typed.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
    return VALID.matcher(code).matches() ? Optional.of(code) : Optional.empty();
  }

  /** ABCD-EFGH-JKMN-PQRS, as printed. */
  public static String grouped(String code) {
    return String.join("-", code.split("(?<=\\G.{4})"));
  }
}
