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
    FacesContext context = FacesContext.getCurrentInstance();
    ResourceBundle bundle = context.getApplication().getResourceBundle(context, "i18n");
    Object[] arguments = refusal.getArguments();
    for (int i = 0; i < arguments.length; i++) {
      if (arguments[i] instanceof String key && bundle.containsKey(key)) {
        arguments[i] = bundle.getString(key);
      }
    }
    error(refusal.getMessageKey(), arguments);
    context.validationFailed();
  }

  /** Keeps messages across the redirect that follows a successful action. */
  public static void keepForRedirect() {
    FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
  }

  private static void add(FacesMessage.Severity severity, String text) {
    FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, text, null));
  }
}
