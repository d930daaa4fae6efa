package org.cosqual.personnel.application;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.cosqual.personnel.domain.model.account.Permission;
import org.cosqual.personnel.domain.model.account.Role;

/** An immutable {@link Caller}: the signed-in account, the anonymous visitor, or the system. */
public record CallerIdentity(
    Long account,
    String name,
    Set<Role> roles,
    Set<Permission> permissions,
    String jurisdiction,
    Long organisation,
    String remoteAddress)
    implements Caller {

  public static final String ANONYMOUS = "anonymous";
  public static final String SYSTEM = "system";

  public CallerIdentity {
    roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    permissions =
        permissions.isEmpty() ? EnumSet.noneOf(Permission.class) : EnumSet.copyOf(permissions);
  }

  public static CallerIdentity anonymous(String remoteAddress) {
    return new CallerIdentity(null, ANONYMOUS, Set.of(), Set.of(), null, null, remoteAddress);
  }

  /**
   * Start-up jobs (migrations, the first administrator, demo data): every permission, whole tree.
   */
  public static CallerIdentity system() {
    return new CallerIdentity(
        null, SYSTEM, Set.of(), EnumSet.allOf(Permission.class), "/", null, "localhost");
  }

  @Override
  public Optional<Long> accountId() {
    return Optional.ofNullable(account);
  }

  @Override
  public Optional<String> jurisdictionPath() {
    return Optional.ofNullable(jurisdiction);
  }

  @Override
  public Optional<Long> organisationId() {
    return Optional.ofNullable(organisation);
  }
}
