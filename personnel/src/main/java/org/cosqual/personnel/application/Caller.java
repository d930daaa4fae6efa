package org.cosqual.personnel.application;

import java.util.Optional;
import java.util.Set;
import org.cosqual.personnel.domain.model.account.Permission;
import org.cosqual.personnel.domain.model.account.Role;
import org.cosqual.personnel.domain.model.jurisdiction.JurisdictionNode;
import org.cosqual.personnel.domain.shared.AccessDeniedException;
import org.cosqual.personnel.domain.shared.BusinessException;

/**
 * Who is acting. The web tier produces it from the signed-in subject; tests and start-up jobs make
 * their own. Services check it themselves, whatever the URL rules already did.
 */
public interface Caller {

  Optional<Long> accountId();

  /** The user name, or a fixed word for the anonymous visitor and the system itself. */
  String name();

  Set<Role> roles();

  Set<Permission> permissions();

  /** The materialised path of the jurisdiction subtree the caller may see, if limited to one. */
  Optional<String> jurisdictionPath();

  Optional<Long> organisationId();

  String remoteAddress();

  default boolean isAuthenticated() {
    return accountId().isPresent();
  }

  default boolean has(Permission permission) {
    return permissions().contains(permission);
  }

  default void require(Permission permission) {
    if (!has(permission)) {
      throw new AccessDeniedException(permission.code());
    }
  }

  /**
   * Whether the caller's scope is the whole province, which owns province-wide settings (key
   * positions, the yearly training requirement, assessment campaigns).
   */
  default boolean isProvinceWide() {
    return jurisdictionPath().map(JurisdictionNode::isProvincePath).orElse(false);
  }

  /** As {@link #require}, for a province-wide setting: a city's administrator only reads it. */
  default void requireProvinceWide(Permission permission) {
    require(permission);
    if (!isProvinceWide()) {
      throw new BusinessException("error.provinceWideOnly");
    }
  }
}
