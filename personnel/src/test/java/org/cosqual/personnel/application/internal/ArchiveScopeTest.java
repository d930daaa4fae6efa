package org.cosqual.personnel.application.internal;

import static org.cosqual.personnel.application.internal.ArchiveFixture.DEC_1;
import static org.cosqual.personnel.application.internal.ArchiveFixture.li;
import static org.cosqual.personnel.application.internal.ArchiveFixture.wang;
import static org.cosqual.personnel.domain.model.appointment.KeyPosition.LAB_MANAGER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.cosqual.personnel.application.CallerIdentity;
import org.cosqual.personnel.domain.model.account.Role;
import org.cosqual.personnel.domain.model.person.Person;
import org.cosqual.personnel.domain.shared.NotFoundException;
import org.junit.jupiter.api.Test;

class ArchiveScopeTest {

  private final ArchiveFixture world = new ArchiveFixture();
  private final ArchiveScope scope = world.scope;

  @Test
  void aCityRegulatorCoversTheEnterprisesOfTheirCityOnly() {
    world.as(world.regulatorA);
    assertTrue(scope.covers(world.makerA));
    assertTrue(scope.covers(world.brandA));
    assertFalse(scope.covers(world.makerB));
    assertEquals(world.cityA.getPath(), scope.regulatorSubtree());
  }

  @Test
  void theProvinceCoversEveryCity() {
    world.as(world.provincialRegulator);
    assertTrue(scope.covers(world.makerA));
    assertTrue(scope.covers(world.makerB));
  }

  @Test
  void anEnterpriseAdministratorCoversTheirOwnEnterpriseOnly() {
    world.as(world.adminOf(world.makerA));
    assertTrue(scope.covers(world.makerA));
    assertFalse(scope.covers(world.otherMakerA), "same city, another enterprise");
    assertEquals(world.makerA, scope.ownEnterprise(world.makerA.getId()));
    assertThrows(NotFoundException.class, () -> scope.enterprise(world.otherMakerA.getId()));
    assertThrows(NotFoundException.class, scope::regulatorSubtree, "no work queue");
  }

  @Test
  void aRegulatorHasNoOwnEnterprise() {
    world.as(world.regulatorA);
    assertEquals(world.makerA, scope.enterprise(world.makerA.getId()));
    assertThrows(NotFoundException.class, () -> scope.ownEnterprise(world.makerA.getId()));
  }

  @Test
  void withoutTheArchivePermissionNothingIsCovered() {
    world.as(
        new CallerIdentity(
            9L,
            "qso",
            Set.of(Role.KEY_STAFF),
            Role.KEY_STAFF.permissions(),
            world.cityA.getPath(),
            world.makerA.getOrganisation().getId(),
            "10.0.0.9"));
    assertFalse(scope.covers(world.makerA), "key staff read their own learning, not the archive");
  }

  @Test
  void aRegulatorWithoutAJurisdictionCoversNothing() {
    world.as(
        new CallerIdentity(
            8L, "nowhere", Set.of(Role.REGULATOR), Role.REGULATOR.permissions(), null, null, ""));
    assertFalse(scope.covers(world.makerA));
    assertThrows(NotFoundException.class, scope::regulatorSubtree);
  }

  @Test
  void aPersonIsVisibleThroughAnAppointmentOrAFilingInScope() {
    Person wang = world.appoint(world.makerA, LAB_MANAGER, wang(), DEC_1).getPerson();
    world.as(world.regulatorA);
    assertEquals(wang, scope.person(wang.getId()));
    world.as(world.adminOf(world.otherMakerA));
    assertThrows(NotFoundException.class, () -> scope.person(wang.getId()));
    world.file(world.otherMakerA, LAB_MANAGER, wang(), DEC_1);
    world.as(world.adminOf(world.otherMakerA));
    assertEquals(wang, scope.person(wang.getId()), "through its own pending filing");
    world.as(world.regulatorB);
    assertThrows(NotFoundException.class, () -> scope.person(wang.getId()));
  }

  @Test
  void anUnknownPersonOrEnterpriseIsNotFound() {
    world.appoint(world.makerA, LAB_MANAGER, li(), DEC_1);
    world.as(world.regulatorA);
    assertThrows(NotFoundException.class, () -> scope.person(12345));
    assertThrows(NotFoundException.class, () -> scope.enterprise(12345));
  }
}
