package org.cosqual.portal.shell;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.apache.shiro.SecurityUtils;
import org.cosqual.personnel.application.Caller;
import org.cosqual.personnel.application.SignInService;
import org.cosqual.personnel.domain.model.account.Permission;
import org.cosqual.personnel.domain.model.account.Role;

/** The layout around every page: who is signed in, the menu of their areas, sign-out. */
@Named("shell")
@RequestScoped
public class ShellBacking {

  @Inject Caller caller;
  @Inject SignInService signIn;

  public boolean isSignedIn() {
    return caller.isAuthenticated();
  }

  public String getUserName() {
    return caller.name();
  }

  public List<Role> getRoles() {
    return caller.roles().stream().sorted().toList();
  }

  /**
   * Whether the signed-in user holds a permission, by its enum name: views adapt, services decide.
   */
  public boolean can(String permission) {
    return caller.has(Permission.valueOf(permission));
  }

  public List<Area> getAreas() {
    return Area.openTo(caller);
  }

  public Optional<Area> getCurrentArea() {
    return Area.ofView(FacesContext.getCurrentInstance().getViewRoot().getViewId());
  }

  public void signOut() throws IOException {
    caller.accountId().ifPresent(id -> signIn.recordSignOut(id, caller.remoteAddress()));
    SecurityUtils.getSubject().logout();
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    external.redirect(external.getRequestContextPath() + "/login.xhtml?signedOut=true");
  }
}
