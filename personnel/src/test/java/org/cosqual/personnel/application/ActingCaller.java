package org.cosqual.personnel.application;

import java.util.Optional;
import java.util.Set;
import org.cosqual.personnel.domain.model.account.Permission;
import org.cosqual.personnel.domain.model.account.Role;

/**
 * The test's stand-in for the web tier's request-scoped caller: one instance injected into every
 * service and helper, acting as whichever identity the test last chose.
 */
public class ActingCaller implements Caller {

  private CallerIdentity current = CallerIdentity.anonymous("127.0.0.1");

  public void actAs(CallerIdentity identity) {
    current = identity;
  }

  @Override
  public Optional<Long> accountId() {
    return current.accountId();
  }

  @Override
  public String name() {
    return current.name();
  }

  @Override
  public Set<Role> roles() {
    return current.roles();
  }

  @Override
  public Set<Permission> permissions() {
    return current.permissions();
  }

  @Override
  public Optional<String> jurisdictionPath() {
    return current.jurisdictionPath();
  }

  @Override
  public Optional<Long> organisationId() {
    return current.organisationId();
  }

  @Override
  public String remoteAddress() {
    return current.remoteAddress();
  }
}
