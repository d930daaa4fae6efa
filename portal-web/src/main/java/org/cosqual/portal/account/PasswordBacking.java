package org.cosqual.portal.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.cosqual.personnel.application.AccountService;
import org.cosqual.personnel.domain.model.account.PasswordPolicy;
import org.cosqual.personnel.domain.shared.BusinessException;
import org.cosqual.portal.security.PasswordChangeFilter;
import org.cosqual.portal.shell.PageMessages;

/** Changing one's own password, by choice or because an administrator issued it. */
@Named("passwordChange")
@RequestScoped
public class PasswordBacking {

  @Inject AccountService accounts;

  private String currentPassword;
  private String newPassword;
  private String confirmation;

  public String change() {
    try {
      if (!newPassword.equals(confirmation)) {
        PageMessages.error("account_password.message.error.confirmation");
        return null;
      }
      accounts.changeOwnPassword(currentPassword.toCharArray(), newPassword.toCharArray());
    } catch (BusinessException refusal) {
      PageMessages.error(refusal);
      return null;
    } finally {
      currentPassword = null;
      newPassword = null;
      confirmation = null;
    }
    PasswordChangeFilter.require(false);
    PageMessages.info("account_password.message.changed");
    PageMessages.keepForRedirect();
    return "/index.xhtml?faces-redirect=true";
  }

  public int getMinLength() {
    return PasswordPolicy.MIN_LENGTH;
  }

  public int getMaxLength() {
    return PasswordPolicy.MAX_LENGTH;
  }

  public String getCurrentPassword() {
    return currentPassword;
  }

  public void setCurrentPassword(String currentPassword) {
    this.currentPassword = currentPassword;
  }

  public String getNewPassword() {
    return newPassword;
  }

  public void setNewPassword(String newPassword) {
    this.newPassword = newPassword;
  }

  public String getConfirmation() {
    return confirmation;
  }

  public void setConfirmation(String confirmation) {
    this.confirmation = confirmation;
  }
}
