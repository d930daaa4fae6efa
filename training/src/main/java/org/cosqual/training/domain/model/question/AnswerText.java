package org.cosqual.training.domain.model.question;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * How a typed answer is compared with the accepted ones: full-width characters as their half-width
 * forms (NFKC: ＡＢＣ１２３ as ABC123, the ideographic space as a space), runs of white space as one
 * space, no surrounding white space, and Latin letters without case.
 */
public final class AnswerText {

  private static final Pattern SPACES = Pattern.compile("\\s+");

  private AnswerText() {}

  public static String normalised(String text) {
    if (text == null) {
      return "";
    }
    String halfWidth = Normalizer.normalize(text, Normalizer.Form.NFKC);
    return SPACES.matcher(halfWidth).replaceAll(" ").strip().toLowerCase(Locale.ROOT);
  }
}
