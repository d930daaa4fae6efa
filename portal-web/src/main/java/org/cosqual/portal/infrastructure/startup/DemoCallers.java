package org.cosqual.portal.infrastructure.startup;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.cosqual.personnel.application.AccountService;
import org.cosqual.personnel.application.AccountSummary;
import org.cosqual.personnel.application.CallerIdentity;
import org.cosqual.personnel.application.SignInService;
import org.cosqual.portal.security.CurrentCaller;

/** Who the demo seeding acts as: the system, or a demo account as if it had signed in. */
@ApplicationScoped
public class DemoCallers {

  @Inject CurrentCaller caller;
  @Inject AccountService accounts;
  @Inject SignInService signIn;

  /** Acts as the demo account of that user name from now on. */
  void actAs(String username) {
    actAsSystem();
    long id =
        accounts.listAccounts().stream()
            .filter(a -> a.username().equals(username))
            .map(AccountSummary::id)
            .findFirst()
            .orElseThrow(() -> new IllegalStateException("No demo account " + username));
    caller.actAs(signIn.callerFor(id, "127.0.0.1"));
  }

  void actAsSystem() {
    caller.actAs(CallerIdentity.system());
  }
}
