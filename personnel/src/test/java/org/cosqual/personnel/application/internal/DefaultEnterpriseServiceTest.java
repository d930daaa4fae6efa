package org.cosqual.personnel.application.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.cosqual.personnel.application.CallerIdentity;
import org.cosqual.personnel.application.EnterpriseRegistration;
import org.cosqual.personnel.application.RecordingAuditTrail;
import org.cosqual.personnel.domain.model.account.Role;
import org.cosqual.personnel.domain.model.audit.AuditAction;
import org.cosqual.personnel.domain.model.enterprise.Enterprise;
import org.cosqual.personnel.domain.model.enterprise.EnterpriseKind;
import org.cosqual.personnel.domain.model.enterprise.FakeEnterpriseRepository;
import org.cosqual.personnel.domain.model.jurisdiction.FakeJurisdictionRepository;
import org.cosqual.personnel.domain.model.organisation.FakeOrganisationRepository;
import org.cosqual.personnel.domain.shared.AccessDeniedException;
import org.cosqual.personnel.domain.shared.BusinessException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DefaultEnterpriseServiceTest {

  // Valid GB 32100-2015 codes (check characters computed by CreditCode itself and by hand).
  private static final String CODE_A = "91640106MA76X2K5QG";
  private static final String CODE_B = "91640202MA77B3N8RH";

  private final DefaultEnterpriseService service = new DefaultEnterpriseService();
  private final RecordingAuditTrail audit = new RecordingAuditTrail();
  private String cityPath;

  @BeforeEach
  void setUp() {
    DefaultOrganisationService tree = new DefaultOrganisationService();
    tree.jurisdictions = new FakeJurisdictionRepository();
    tree.organisations = new FakeOrganisationRepository();
    tree.caller = CallerIdentity.system();
    tree.createJurisdiction("64", "Ningxia", null);
    cityPath = tree.createJurisdiction("6401", "Yinchuan", "64").getPath();
    tree.createJurisdiction("6402", "Shizuishan", "64");
    service.jurisdictions = tree.jurisdictions;
    service.organisations = tree.organisations;
    service.enterprises = new FakeEnterpriseRepository();
    service.audit = audit;
    service.clock = Clock.fixed(Instant.parse("2026-11-22T00:00:00Z"), ZoneOffset.UTC);
    service.caller = regulatorAt(cityPath);
  }

  private static CallerIdentity regulatorAt(String path) {
    return new CallerIdentity(
        5L,
        "inspector",
        Set.of(Role.REGULATOR),
        Role.REGULATOR.permissions(),
        path,
        9L,
        "10.0.0.5");
  }

  private static EnterpriseRegistration filer(String code, String jurisdiction) {
    return new EnterpriseRegistration(
        "Maker", code, null, Set.of(EnterpriseKind.FILER), false, jurisdiction, null);
  }

  @Test
  void aRegulatorRegistersAnEnterpriseInTheirJurisdictionAndItIsAudited() {
    Enterprise registered = service.registerEnterprise(filer(CODE_A, "6401"));
    assertEquals(CODE_A, registered.getOrganisation().getCode());
    assertNull(registered.getLicenseNo(), "a filer without its own plant needs no licence");
    assertEquals(AuditAction.ENTERPRISE_REGISTERED, audit.last().action());
    assertEquals(List.of(registered), service.findVisibleEnterprises());
  }

  @Test
  void anEnterpriseOutsideTheRegulatorsJurisdictionIsRefused() {
    BusinessException refused =
        assertThrows(
            BusinessException.class, () -> service.registerEnterprise(filer(CODE_B, "6402")));
    assertEquals("error.enterprise.outsideJurisdiction", refused.getMessageKey());
    assertTrue(service.findVisibleEnterprises().isEmpty());
  }

  @Test
  void aCreditCodeIsRegisteredOnce() {
    service.registerEnterprise(filer(CODE_A, "6401"));
    BusinessException refused =
        assertThrows(
            BusinessException.class, () -> service.registerEnterprise(filer(CODE_A, "6401")));
    assertEquals("error.enterprise.creditCodeTaken", refused.getMessageKey());
  }

  @Test
  void aBadCreditCodeIsRefusedWithItsReason() {
    BusinessException refused =
        assertThrows(
            BusinessException.class,
            () -> service.registerEnterprise(filer("91640106MA76X2K5QA", "6401")));
    assertEquals("error.creditCode.check", refused.getMessageKey());
  }

  @Test
  void aContractManufacturerNeedsItsLicence() {
    BusinessException refused =
        assertThrows(
            BusinessException.class,
            () ->
                service.registerEnterprise(
                    new EnterpriseRegistration(
                        "Maker",
                        CODE_A,
                        " ",
                        Set.of(EnterpriseKind.CONTRACT_MANUFACTURER),
                        false,
                        "6401",
                        null)));
    assertEquals("error.enterprise.licenseRequired", refused.getMessageKey());
  }

  @Test
  void onlyRegulatorsRegisterEnterprises() {
    service.caller =
        new CallerIdentity(
            6L,
            "entadmin",
            Set.of(Role.ENTERPRISE_ADMIN),
            Role.ENTERPRISE_ADMIN.permissions(),
            cityPath,
            9L,
            "10.0.0.6");
    assertThrows(
        AccessDeniedException.class, () -> service.registerEnterprise(filer(CODE_A, "6401")));
  }

  @Test
  void anotherCitysRegulatorDoesNotSeeTheEnterprise() {
    service.registerEnterprise(filer(CODE_A, "6401"));
    service.caller = regulatorAt("/1/3/");
    assertTrue(service.findVisibleEnterprises().isEmpty());
  }
}
