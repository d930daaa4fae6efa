package org.cosqual.portal.infrastructure.startup;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import org.cosqual.personnel.application.AccountService;
import org.cosqual.personnel.application.CallerIdentity;
import org.cosqual.portal.security.CurrentCaller;

/**
 * Without demo data, the first start creates one system administrator and shows its one-time
 * password once in the log; it is stored only as a hash and must be changed at the first sign-in.
 */
@ApplicationScoped
public class FirstAdministrator {

  static final String USERNAME = "admin";
  private static final Logger LOG = Logger.getLogger(FirstAdministrator.class.getName());

  @Inject CurrentCaller caller;
  @Inject AccountService accounts;

  @ActivateRequestContext
  public void createIfNone() {
    caller.actAs(CallerIdentity.system());
    if (accounts.countAccounts() > 0) {
      return;
    }
    String oneTimePassword = accounts.createFirstAdministrator(USERNAME, "Administrator");
    LOG.warning(
        () ->
            "First start without demo data: sign in as '"
                + USERNAME
                + "' with the one-time password "
                + oneTimePassword
                + " (shown only this once; you must change it at the first sign-in)");
  }
}
