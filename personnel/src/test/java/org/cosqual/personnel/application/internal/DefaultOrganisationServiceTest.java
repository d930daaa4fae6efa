package org.cosqual.personnel.application.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.cosqual.personnel.application.CallerIdentity;
import org.cosqual.personnel.domain.model.account.Role;
import org.cosqual.personnel.domain.model.jurisdiction.FakeJurisdictionRepository;
import org.cosqual.personnel.domain.model.jurisdiction.JurisdictionLevel;
import org.cosqual.personnel.domain.model.jurisdiction.JurisdictionNode;
import org.cosqual.personnel.domain.model.organisation.FakeOrganisationRepository;
import org.cosqual.personnel.domain.model.organisation.Organisation;
import org.cosqual.personnel.domain.model.organisation.OrganisationKind;
import org.cosqual.personnel.domain.shared.AccessDeniedException;
import org.cosqual.personnel.domain.shared.BusinessException;
import org.cosqual.personnel.domain.shared.NotFoundException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DefaultOrganisationServiceTest {

  private final FakeJurisdictionRepository jurisdictions = new FakeJurisdictionRepository();
  private final FakeOrganisationRepository organisations = new FakeOrganisationRepository();
  private final DefaultOrganisationService service = new DefaultOrganisationService();
  private JurisdictionNode guangzhou;
  private Organisation gzBureau;
  private Organisation gzEnterprise;
  private Organisation szEnterprise;

  private static CallerIdentity caller(Role role, String path, Long organisationId) {
    return new CallerIdentity(
        1L, "user", Set.of(role), role.permissions(), path, organisationId, "10.0.0.1");
  }

  @BeforeEach
  void setUp() {
    service.jurisdictions = jurisdictions;
    service.organisations = organisations;
    service.caller = caller(Role.SYSTEM_ADMIN, null, null);
    service.createJurisdiction("44", "Guangdong", null);
    guangzhou = service.createJurisdiction("4401", "Guangzhou", "44");
    service.createJurisdiction("4403", "Shenzhen", "44");
    gzBureau =
        service.createOrganisation("GZ-MPA", "GZ bureau", OrganisationKind.REGULATOR_UNIT, "4401");
    gzEnterprise =
        service.createOrganisation("GZ-E1", "GZ maker", OrganisationKind.ENTERPRISE, "4401");
    szEnterprise =
        service.createOrganisation("SZ-E1", "SZ maker", OrganisationKind.ENTERPRISE, "4403");
  }

  @Test
  void childJurisdictionTakesTheNextLevelAndExtendsTheParentsPath() {
    assertEquals(JurisdictionLevel.CITY, guangzhou.getLevel());
    assertEquals("/1/2/", guangzhou.getPath());
    JurisdictionNode county = service.createJurisdiction("440106", "Tianhe", "4401");
    assertEquals(JurisdictionLevel.COUNTY, county.getLevel());
    assertEquals("/1/2/4/", county.getPath());
  }

  @Test
  void takenJurisdictionCodeIsRefused() {
    BusinessException e =
        assertThrows(
            BusinessException.class, () -> service.createJurisdiction("4401", "Again", "44"));
    assertEquals("error.codeTaken", e.getMessageKey());
  }

  @Test
  void unknownParentIsNotFound() {
    assertThrows(
        NotFoundException.class, () -> service.createJurisdiction("9901", "Nowhere", "99"));
  }

  @Test
  void takenOrganisationCodeIsRefused() {
    BusinessException e =
        assertThrows(
            BusinessException.class,
            () -> service.createOrganisation("GZ-E1", "Copy", OrganisationKind.ENTERPRISE, "4401"));
    assertEquals("error.codeTaken", e.getMessageKey());
  }

  @Test
  void regulatorCannotCreateJurisdictionsOrOrganisations() {
    service.caller = caller(Role.REGULATOR, "/1/2/", gzBureau.getId());
    assertThrows(
        AccessDeniedException.class, () -> service.createJurisdiction("4405", "Shantou", "44"));
    assertThrows(
        AccessDeniedException.class,
        () -> service.createOrganisation("X", "X", OrganisationKind.ENTERPRISE, "4401"));
  }

  @Test
  void regulatorSeesOnlyOrganisationsInTheirSubtree() {
    service.caller = caller(Role.REGULATOR, guangzhou.getPath(), gzBureau.getId());

    assertEquals(List.of(gzBureau, gzEnterprise), service.findVisibleOrganisations(null));
    assertEquals(
        List.of(gzEnterprise), service.findVisibleOrganisations(OrganisationKind.ENTERPRISE));
  }

  @Test
  void callerWithTheWholeTreeSeesEveryOrganisation() {
    assertEquals(
        List.of(gzBureau, gzEnterprise, szEnterprise), service.findVisibleOrganisations(null));
  }

  @Test
  void enterpriseUserSeesOnlyTheirOwnEnterprise() {
    service.caller = caller(Role.ENTERPRISE_ADMIN, guangzhou.getPath(), gzEnterprise.getId());

    assertEquals(List.of(gzEnterprise), service.findVisibleOrganisations(null));
    assertEquals(
        List.of(gzEnterprise), service.findVisibleOrganisations(OrganisationKind.ENTERPRISE));
    assertTrue(service.findVisibleOrganisations(OrganisationKind.REGULATOR_UNIT).isEmpty());
  }

  @Test
  void anonymousVisitorSeesNoOrganisation() {
    service.caller = CallerIdentity.anonymous("10.0.0.9");
    assertTrue(service.findVisibleOrganisations(null).isEmpty());
  }

  @Test
  void aRegulatorWithoutJurisdictionSeesNothingRatherThanEverything() {
    service.caller =
        new CallerIdentity(
            7L,
            "lost",
            Set.of(Role.REGULATOR),
            Role.REGULATOR.permissions(),
            null,
            null,
            "10.0.0.9");
    assertTrue(service.findVisibleOrganisations(null).isEmpty());
  }

  @Test
  void hasJurisdictionsOnceOneExists() {
    assertTrue(service.hasJurisdictions());
    DefaultOrganisationService empty = new DefaultOrganisationService();
    empty.jurisdictions = new FakeJurisdictionRepository();
    assertFalse(empty.hasJurisdictions());
  }
}
