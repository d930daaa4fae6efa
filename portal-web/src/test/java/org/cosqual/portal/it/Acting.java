package org.cosqual.portal.it;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Set;
import org.cosqual.personnel.application.AccountService;
import org.cosqual.personnel.application.CallerIdentity;
import org.cosqual.personnel.application.SignInService;
import org.cosqual.personnel.domain.model.account.Role;
import org.cosqual.personnel.domain.model.enterprise.Enterprise;
import org.cosqual.portal.security.CurrentCaller;

/** Lets an in-container test act as a demo account, or as the administrator of any enterprise. */
@ApplicationScoped
public class Acting {

  @Inject CurrentCaller caller;
  @Inject AccountService accounts;
  @Inject SignInService signIn;

  /**
   * Acts as the demo account, with its roles, organisation and jurisdiction as signing in gives.
   */
  public void as(String username) {
    caller.actAs(CallerIdentity.system());
    long id =
        accounts.listAccounts().stream()
            .filter(a -> a.username().equals(username))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no account " + username))
            .id();
    caller.actAs(signIn.callerFor(id, "127.0.0.1"));
  }

  /** Acts as an enterprise administrator of an enterprise that has no account of its own. */
  public void asAdministratorOf(Enterprise enterprise) {
    caller.actAs(
        new CallerIdentity(
            null,
            "test-admin",
            Set.of(Role.ENTERPRISE_ADMIN),
            Role.ENTERPRISE_ADMIN.permissions(),
            enterprise.getOrganisation().getJurisdiction().getPath(),
            enterprise.getOrganisation().getId(),
            "127.0.0.1"));
  }

  public void asSystem() {
    caller.actAs(CallerIdentity.system());
  }
}
