package org.cosqual.personnel.domain.model.account;

import java.util.EnumSet;
import java.util.Set;
import org.cosqual.personnel.domain.model.organisation.Organisation;
import org.cosqual.personnel.domain.shared.BusinessException;

/** The rules a set of roles and an organisation must meet together before an account holds them. */
public final class RoleAssignment {

  private RoleAssignment() {}

  /**
   * Refuses an empty set, a separated-duty role (system or audit administration) combined with any
   * other role, and a role whose required organisation kind the organisation does not have.
   */
  public static Set<Role> check(Set<Role> roles, Organisation organisation) {
    if (roles == null || roles.isEmpty()) {
      throw new BusinessException("error.account.noRole");
    }
    Set<Role> checked = EnumSet.copyOf(roles);
    if (checked.size() > 1 && checked.stream().anyMatch(Role::isSeparatedDuty)) {
      throw new BusinessException("error.account.separatedDuty");
    }
    for (Role role : checked) {
      role.requiredKind()
          .ifPresent(
              kind -> {
                if (organisation == null || organisation.getKind() != kind) {
                  throw new BusinessException(
                      "error.account.organisationKind",
                      "Role." + role.name(),
                      "OrganisationKind." + kind.name());
                }
              });
    }
    return checked;
  }
}
