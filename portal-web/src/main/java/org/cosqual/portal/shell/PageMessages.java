package org.cosqual.portal.shell;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.cosqual.personnel.domain.shared.BusinessException;

/** Puts texts from the message bundle on the page, in the viewer's language. */
public final class PageMessages {

  private PageMessages() {}

  public static String text(String key, Object... arguments) {
    try {
      return MessageFormat.format(bundle().getString(key), arguments);
    } catch (MissingResourceException e) {
      return key;
    }
  }

  public static void info(String key, Object... arguments) {
    add(FacesMessage.SEVERITY_INFO, text(key, arguments));
  }

  public static void error(String key, Object... arguments) {
    add(FacesMessage.SEVERITY_ERROR, text(key, arguments));
  }

  /**
   * A service's refusal; an argument that is itself a bundle key (a field label, a role) is
   * translated too. The request is marked failed, so a dialog stays open with what was typed.
   */
  public static void error(BusinessException refusal) {
    add(FacesMessage.SEVERITY_ERROR, explained(refusal.getMessageKey(), refusal.getArguments()));
    FacesContext.getCurrentInstance().validationFailed();
  }

  /** The text of a key whose arguments may be bundle keys themselves, translated too. */
  public static String explained(String key, Object... arguments) {
    Object[] translated = arguments.clone();
    for (int i = 0; i < translated.length; i++) {
      translated[i] = shown(translated[i]);
    }
    return text(key, translated);
  }

  /**
   * A value that is a bundle key (an enum as {@code Type.VALUE}) in words; anything else as it is.
   */
  public static Object shown(Object value) {
    if (value instanceof String key) {
      ResourceBundle bundle = bundle();
      return bundle.containsKey(key) ? bundle.getString(key) : key;
    }
    return value;
  }

  private static ResourceBundle bundle() {
    FacesContext context = FacesContext.getCurrentInstance();
    return context.getApplication().getResourceBundle(context, "i18n");
  }

  /** Keeps messages across the redirect that follows a successful action. */
  public static void keepForRedirect() {
    FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
  }

  private static void add(FacesMessage.Severity severity, String text) {
    FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, text, null));
  }
}
