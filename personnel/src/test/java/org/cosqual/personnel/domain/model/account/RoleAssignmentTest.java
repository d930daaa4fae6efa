package org.cosqual.personnel.domain.model.account;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import org.cosqual.personnel.domain.model.jurisdiction.JurisdictionNode;
import org.cosqual.personnel.domain.model.organisation.Organisation;
import org.cosqual.personnel.domain.model.organisation.OrganisationKind;
import org.cosqual.personnel.domain.shared.BusinessException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class RoleAssignmentTest {

  private static final JurisdictionNode PROVINCE = JurisdictionNode.province("44", "Guangdong");

  private static Organisation organisation(OrganisationKind kind) {
    return new Organisation(kind.name().toLowerCase(), kind.name(), kind, PROVINCE);
  }

  private static String refusalKey(Set<Role> roles, Organisation organisation) {
    return assertThrows(BusinessException.class, () -> RoleAssignment.check(roles, organisation))
        .getMessageKey();
  }

  @Test
  void emptyRoleSetIsRefused() {
    assertEquals("error.account.noRole", refusalKey(Set.of(), null));
  }

  @Test
  void nullRoleSetIsRefused() {
    assertEquals("error.account.noRole", refusalKey(null, null));
  }

  @Test
  void systemAdminTogetherWithAuditAdminIsRefused() {
    assertEquals(
        "error.account.separatedDuty",
        refusalKey(Set.of(Role.SYSTEM_ADMIN, Role.AUDIT_ADMIN), null));
  }

  @ParameterizedTest
  @EnumSource(
      value = Role.class,
      names = {"SYSTEM_ADMIN", "AUDIT_ADMIN"},
      mode = EnumSource.Mode.EXCLUDE)
  void systemAdminTogetherWithAnyOtherRoleIsRefused(Role other) {
    Organisation fitting = other.requiredKind().map(RoleAssignmentTest::organisation).orElse(null);
    assertEquals(
        "error.account.separatedDuty", refusalKey(Set.of(Role.SYSTEM_ADMIN, other), fitting));
  }

  @ParameterizedTest
  @EnumSource(
      value = Role.class,
      names = {"SYSTEM_ADMIN", "AUDIT_ADMIN"},
      mode = EnumSource.Mode.EXCLUDE)
  void auditAdminTogetherWithAnyOtherRoleIsRefused(Role other) {
    Organisation fitting = other.requiredKind().map(RoleAssignmentTest::organisation).orElse(null);
    assertEquals(
        "error.account.separatedDuty", refusalKey(Set.of(Role.AUDIT_ADMIN, other), fitting));
  }

  @Test
  void systemAdminAloneIsAccepted() {
    assertEquals(
        EnumSet.of(Role.SYSTEM_ADMIN), RoleAssignment.check(Set.of(Role.SYSTEM_ADMIN), null));
  }

  @Test
  void auditAdminAloneIsAccepted() {
    assertEquals(
        EnumSet.of(Role.AUDIT_ADMIN), RoleAssignment.check(Set.of(Role.AUDIT_ADMIN), null));
  }

  @Test
  void regulatorWithoutOrganisationIsRefused() {
    BusinessException e =
        assertThrows(
            BusinessException.class, () -> RoleAssignment.check(Set.of(Role.REGULATOR), null));
    assertEquals("error.account.organisationKind", e.getMessageKey());
    assertArrayEquals(
        new Object[] {"Role.REGULATOR", "OrganisationKind.REGULATOR_UNIT"}, e.getArguments());
  }

  @ParameterizedTest
  @EnumSource(
      value = OrganisationKind.class,
      names = "REGULATOR_UNIT",
      mode = EnumSource.Mode.EXCLUDE)
  void regulatorInAnOrganisationOfAnotherKindIsRefused(OrganisationKind kind) {
    assertEquals(
        "error.account.organisationKind", refusalKey(Set.of(Role.REGULATOR), organisation(kind)));
  }

  @Test
  void regulatorInARegulatorUnitIsAccepted() {
    assertEquals(
        EnumSet.of(Role.REGULATOR),
        RoleAssignment.check(
            Set.of(Role.REGULATOR), organisation(OrganisationKind.REGULATOR_UNIT)));
  }

  @Test
  void regulatorAndRegulatorAdminTogetherInARegulatorUnitAreAccepted() {
    Set<Role> both = Set.of(Role.REGULATOR, Role.REGULATOR_ADMIN);
    assertEquals(
        EnumSet.copyOf(both),
        RoleAssignment.check(both, organisation(OrganisationKind.REGULATOR_UNIT)));
  }

  @Test
  void enterpriseAdminInAnAssociationIsRefused() {
    assertEquals(
        "error.account.organisationKind",
        refusalKey(Set.of(Role.ENTERPRISE_ADMIN), organisation(OrganisationKind.ASSOCIATION)));
  }

  @Test
  void enterpriseAdminInAnEnterpriseIsAccepted() {
    assertEquals(
        EnumSet.of(Role.ENTERPRISE_ADMIN),
        RoleAssignment.check(
            Set.of(Role.ENTERPRISE_ADMIN), organisation(OrganisationKind.ENTERPRISE)));
  }

  @Test
  void twoRolesNeedingDifferentOrganisationKindsAreRefused() {
    assertEquals(
        "error.account.organisationKind",
        refusalKey(
            Set.of(Role.ENTERPRISE_ADMIN, Role.ASSOCIATION_EDITOR),
            organisation(OrganisationKind.ENTERPRISE)));
  }

  @Test
  void keyStaffWithoutOrganisationIsAccepted() {
    assertEquals(EnumSet.of(Role.KEY_STAFF), RoleAssignment.check(Set.of(Role.KEY_STAFF), null));
  }

  @Test
  void resultIsACopyNotTheCallersSet() {
    Set<Role> mutable = new HashSet<>(Set.of(Role.KEY_STAFF));
    Set<Role> checked = RoleAssignment.check(mutable, null);

    mutable.add(Role.AUDIT_ADMIN);

    assertEquals(EnumSet.of(Role.KEY_STAFF), checked);
  }
}
