package org.cosqual.portal.shell;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.validation.ConstraintViolationException;
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

  public static void error(BusinessException refusal) {
    error(refusal.getMessageKey(), refusal.getArguments());
  }

  /** Each violated constraint as its own message (Bean Validation already translated them). */
  public static void error(ConstraintViolationException invalid) {
    invalid
        .getConstraintViolations()
        .forEach(v -> add(FacesMessage.SEVERITY_ERROR, v.getPropertyPath() + ": " + v.getMessage()));
  }

  /** Keeps messages across the redirect that follows a successful action. */
  public static void keepForRedirect() {
    FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
  }

  private static void add(FacesMessage.Severity severity, String text) {
    FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, text, null));
  }
}
