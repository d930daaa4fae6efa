package org.cosqual.portal.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import java.util.Set;
import org.apache.shiro.subject.Subject;
import org.apache.shiro.util.ThreadContext;
import org.cosqual.personnel.application.Caller;
import org.cosqual.personnel.application.CallerIdentity;
import org.cosqual.personnel.application.SignInService;
import org.cosqual.personnel.domain.model.account.Permission;
import org.cosqual.personnel.domain.model.account.Role;

/**
 * The {@link Caller} of the current request: the signed-in Shiro subject's account, or the
 * anonymous visitor. Work outside a signed-in request (start-up jobs, in-container tests) says whom
 * it acts as with {@link #actAs} before calling a service.
 */
@RequestScoped
public class CurrentCaller implements Caller {

  @Inject SignInService signIn;
  @Inject HttpServletRequest request;

  private CallerIdentity actingAs;
  private CallerIdentity signedIn;

  public void actAs(CallerIdentity identity) {
    actingAs = identity;
  }

  private CallerIdentity current() {
    if (actingAs != null) {
      return actingAs;
    }
    if (signedIn == null) {
      String remoteAddress = request.getRemoteAddr();
      Subject subject = ThreadContext.getSubject();
      signedIn =
          subject != null && subject.isAuthenticated()
              ? signIn.callerFor((Long) subject.getPrincipal(), remoteAddress)
              : CallerIdentity.anonymous(remoteAddress);
    }
    return signedIn;
  }

  @Override
  public Optional<Long> accountId() {
    return current().accountId();
  }

  @Override
  public String name() {
    return current().name();
  }

  @Override
  public Set<Role> roles() {
    return current().roles();
  }

  @Override
  public Set<Permission> permissions() {
    return current().permissions();
  }

  @Override
  public Optional<String> jurisdictionPath() {
    return current().jurisdictionPath();
  }

  @Override
  public Optional<Long> organisationId() {
    return current().organisationId();
  }

  @Override
  public String remoteAddress() {
    return current().remoteAddress();
  }
}
