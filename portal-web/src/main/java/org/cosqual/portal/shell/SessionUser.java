package org.cosqual.portal.shell;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Locale;

/** What the portal remembers of a visitor between requests: the language they chose. */
@Named
@SessionScoped
public class SessionUser implements Serializable {

  private static final long serialVersionUID = 1L;
  public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

  private Locale locale = CHINESE;

  public Locale getLocale() {
    return locale;
  }

  public String getLanguage() {
    return locale.toLanguageTag();
  }

  /** Switches between Chinese (the default) and English, and shows the same page again. */
  public void switchTo(String languageTag) {
    locale = Locale.ENGLISH.toLanguageTag().equals(languageTag) ? Locale.ENGLISH : CHINESE;
    FacesContext.getCurrentInstance().getViewRoot().setLocale(locale);
  }
}
