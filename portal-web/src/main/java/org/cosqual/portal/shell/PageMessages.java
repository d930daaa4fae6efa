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
    FacesContext context = FacesContext.getCurrentInstance();
    ResourceBundle bundle = context.getApplication().getResourceBundle(context, "i18n");
    try {
      return MessageFormat.format(bundle.getString(key), arguments);
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
    add(FacesMessage.SEVERITY_ERROR, reason(refusal.getMessageKey(), refusal.getArguments()));
    FacesContext.getCurrentInstance().validationFailed();
  }

  /**
   * The text of a refusal (a service's, or one row's of an import): arguments that are themselves
   * bundle keys (a field label, a role) are translated too.
   */
  public static String reason(String key, Object... arguments) {
    FacesContext context = FacesContext.getCurrentInstance();
    ResourceBundle bundle = context.getApplication().getResourceBundle(context, "i18n");
    Object[] translated = arguments.clone();
    for (int i = 0; i < translated.length; i++) {
      if (translated[i] instanceof String argument && bundle.containsKey(argument)) {
        translated[i] = bundle.getString(argument);
      }
    }
    return text(key, translated);
  }

  /** Keeps messages across the redirect that follows a successful action. */
  public static void keepForRedirect() {
    FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
  }

  private static void add(FacesMessage.Severity severity, String text) {
    FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, text, null));
  }
}
