package org.cosqual.portal.admin;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.cosqual.personnel.application.AccountService;
import org.cosqual.personnel.application.AccountSummary;

/** The system administrator's dashboard: how many accounts there are, and which need attention. */
@Named("adminDashboard")
@RequestScoped
public class AdminDashboardBacking {

  @Inject AccountService accounts;

  private List<AccountSummary> all;

  @PostConstruct
  void load() {
    all = accounts.listAccounts();
  }

  public int getTotal() {
    return all.size();
  }

  public long getLocked() {
    return all.stream().filter(AccountSummary::locked).count();
  }

  public long getDisabled() {
    return all.stream().filter(a -> !a.enabled()).count();
  }

  public long getAwaitingPasswordChange() {
    return all.stream().filter(AccountSummary::mustChangePassword).count();
  }
}
