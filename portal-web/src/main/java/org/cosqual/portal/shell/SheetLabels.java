package org.cosqual.portal.shell;

import java.util.Locale;
import java.util.ResourceBundle;
import java.util.function.Function;

/**
 * The labels spreadsheet templates are written and imports read with: always the Chinese bundle,
 * whatever language the page is shown in, so a template downloaded in English reads back the same.
 */
public final class SheetLabels {

  private static final String BUNDLE = "org.cosqual.portal.i18n.messages";

  private SheetLabels() {}

  public static Function<String, String> chinese() {
    ResourceBundle bundle =
        ResourceBundle.getBundle(
            BUNDLE, Locale.SIMPLIFIED_CHINESE, SheetLabels.class.getClassLoader());
    return bundle::getString;
  }
}
