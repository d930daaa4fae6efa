package org.cosqual.portal.pdf;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.function.Function;
import org.cosqual.personnel.domain.model.appointment.KeyPosition;

/** A PDF's texts in one language: labels and messages from the portal's bundle, and dates. */
public final class PdfTexts {

  private static final String BUNDLE = "org.cosqual.portal.i18n.messages";

  private final Locale locale;
  private final ResourceBundle bundle;
  private final Function<KeyPosition, String> positionNames;

  public PdfTexts(Locale locale) {
    this(locale, KeyPosition::code);
  }

  /**
   * @param positionNames the key positions' names in this language
   */
  public PdfTexts(Locale locale, Function<KeyPosition, String> positionNames) {
    this.locale = locale;
    this.positionNames = positionNames;
    // Without fallback, a language the portal lacks gets the English base, not the server's locale.
    this.bundle =
        ResourceBundle.getBundle(
            BUNDLE,
            locale,
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
  }

  /** A label as it stands in the bundle; the key itself where the bundle lacks it. */
  public String label(String key) {
    return bundle.containsKey(key) ? bundle.getString(key) : key;
  }

  /** An enum value by its key {@code EnumName.VALUE}. */
  public String label(Enum<?> value) {
    return value == null ? none() : label(value.getDeclaringClass().getSimpleName() + "." + value);
  }

  /** A key position by its name, data the province keeps rather than a bundle text. */
  public String label(KeyPosition position) {
    return positionNames.apply(position);
  }

  /**
   * A message with its arguments; an argument that is itself a key (a major field) is translated.
   */
  public String message(String key, List<Object> arguments) {
    Object[] values =
        arguments.stream()
            .map(a -> a instanceof String k && bundle.containsKey(k) ? bundle.getString(k) : a)
            .toArray();
    return new MessageFormat(label(key), locale).format(values);
  }

  public String message(String key, Object... arguments) {
    return message(key, List.of(arguments));
  }

  /** Free text as entered, or the "none" label when there is none. */
  public String text(Object value) {
    return value == null || value.toString().isBlank() ? none() : value.toString();
  }

  public String date(LocalDate date) {
    return date == null ? none() : DateTimeFormatter.ISO_LOCAL_DATE.format(date);
  }

  /** From and to, both included; an open end runs to the present. */
  public String period(LocalDate from, LocalDate to) {
    return to == null
        ? message("personnel_card.termOpen", date(from))
        : message("personnel_card.term", date(from), date(to));
  }

  public String none() {
    return label("general.none");
  }
}
