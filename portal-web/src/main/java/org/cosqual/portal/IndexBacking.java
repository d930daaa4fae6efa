package org.cosqual.portal;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.cosqual.personnel.application.Caller;
import org.cosqual.portal.shell.Area;
import org.cosqual.portal.shell.PageMessages;

/**
 * The root page: sends a signed-in user to the dashboard of their first area, others to the public
 * home.
 */
@Named("home")
@RequestScoped
public class IndexBacking {

  @Inject Caller caller;

  public String route() {
    PageMessages.keepForRedirect();
    String target =
        Area.openTo(caller).stream()
            .findFirst()
            .map(Area::getDashboard)
            .orElse(caller.isAuthenticated() ? "/account/password.xhtml" : "/public/index.xhtml");
    return target + "?faces-redirect=true";
  }
}
