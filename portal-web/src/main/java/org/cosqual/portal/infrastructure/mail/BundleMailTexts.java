package org.cosqual.portal.infrastructure.mail;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Locale;
import org.cosqual.personnel.application.MailTexts;
import org.cosqual.portal.pdf.PdfTexts;
import org.cosqual.portal.shell.SessionUser;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Mail texts from the portal's message bundle, read as the PDFs read it, in the language of {@code
 * cosqual.mail.language} (COSQUAL_MAIL_LANGUAGE): Chinese unless it says {@code en}.
 */
@ApplicationScoped
public class BundleMailTexts implements MailTexts {

  private PdfTexts texts;

  public BundleMailTexts() {}

  BundleMailTexts(Locale locale) {
    texts = new PdfTexts(locale);
  }

  @PostConstruct
  void readConfiguration() {
    String language =
        ConfigProvider.getConfig(BundleMailTexts.class.getClassLoader())
            .getOptionalValue("cosqual.mail.language", String.class)
            .orElse("");
    texts = new PdfTexts(localeOf(language));
  }

  static Locale localeOf(String language) {
    return Locale.ENGLISH.getLanguage().equalsIgnoreCase(language.strip())
        ? Locale.ENGLISH
        : SessionUser.CHINESE;
  }

  @Override
  public String text(String key, List<String> arguments) {
    return texts.message(key, List.<Object>copyOf(arguments));
  }
}
