package org.cosqual.personnel.application.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.cosqual.personnel.application.CallerIdentity;
import org.cosqual.personnel.application.EnterpriseContact;
import org.cosqual.personnel.application.EnterpriseRegistration;
import org.cosqual.personnel.application.FakePasswordHasher;
import org.cosqual.personnel.application.NewEnterpriseAdministrator;
import org.cosqual.personnel.application.RecordingAuditTrail;
import org.cosqual.personnel.application.RegisteredFacts;
import org.cosqual.personnel.domain.model.account.Account;
import org.cosqual.personnel.domain.model.account.FakeAccountRepository;
import org.cosqual.personnel.domain.model.account.Role;
import org.cosqual.personnel.domain.model.audit.AuditAction;
import org.cosqual.personnel.domain.model.audit.AuditRecord;
import org.cosqual.personnel.domain.model.enterprise.Enterprise;
import org.cosqual.personnel.domain.model.enterprise.EnterpriseKind;
import org.cosqual.personnel.domain.model.enterprise.EnterpriseQuery;
import org.cosqual.personnel.domain.model.enterprise.EnterpriseSort;
import org.cosqual.personnel.domain.model.enterprise.EnterpriseStatus;
import org.cosqual.personnel.domain.model.enterprise.FakeEnterpriseRepository;
import org.cosqual.personnel.domain.model.enterprise.RiskGrade;
import org.cosqual.personnel.domain.model.jurisdiction.FakeJurisdictionRepository;
import org.cosqual.personnel.domain.model.organisation.FakeOrganisationRepository;
import org.cosqual.personnel.domain.shared.AccessDeniedException;
import org.cosqual.personnel.domain.shared.BusinessException;
import org.cosqual.personnel.domain.shared.NotFoundException;
import org.cosqual.personnel.domain.shared.StaleVersionException;
import org.cosqual.personnel.testing.TestEntities;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class DefaultEnterpriseServiceTest {

  // Valid GB 32100-2015 codes (check characters computed by CreditCode itself and by hand).
  private static final String CODE_A = "91640106MA76X2K5QG";
  private static final String CODE_B = "91640202MA77B3N8RH";

  private static final String CODE_C = "91640104MA7ENT0017";
  private static final String CODE_D = "91640106MA7ENT003A";
  private static final String LICENCE = "宁妆20210001";

  private final DefaultEnterpriseService service = new DefaultEnterpriseService();
  private final EnterpriseRegistrar registrar = new EnterpriseRegistrar();
  private final DefaultAccountService accountService = new DefaultAccountService();
  private final FakeAccountRepository accounts = new FakeAccountRepository();
  private final RecordingAuditTrail audit = new RecordingAuditTrail();
  private String cityPath;
  private String otherCityPath;

  @BeforeEach
  void setUp() {
    DefaultOrganisationService tree = new DefaultOrganisationService();
    tree.jurisdictions = new FakeJurisdictionRepository();
    tree.organisations = new FakeOrganisationRepository();
    tree.caller = CallerIdentity.system();
    tree.createJurisdiction("64", "Ningxia", null);
    cityPath = tree.createJurisdiction("6401", "Yinchuan", "64").getPath();
    otherCityPath = tree.createJurisdiction("6402", "Shizuishan", "64").getPath();
    tree.createJurisdiction("640104", "Xingqing", "6401");
    tree.createJurisdiction("640106", "Jinfeng", "6401");
    service.jurisdictions = tree.jurisdictions;
    service.organisations = tree.organisations;
    service.enterprises = new FakeEnterpriseRepository();
    service.audit = audit;
    service.clock = Clock.fixed(Instant.parse("2026-11-22T00:00:00Z"), ZoneOffset.UTC);
    accountService.accounts = accounts;
    accountService.organisations = tree.organisations;
    accountService.hasher = new FakePasswordHasher();
    accountService.audit = audit;
    accountService.clock = service.clock;
    service.accounts = accountService;
    registrar.jurisdictions = tree.jurisdictions;
    registrar.organisations = tree.organisations;
    registrar.enterprises = service.enterprises;
    registrar.audit = audit;
    registrar.clock = service.clock;
    service.registrar = registrar;
    actAs(regulatorAt(cityPath));
  }

  private void actAs(CallerIdentity caller) {
    service.caller = caller;
    accountService.caller = caller;
    registrar.caller = caller;
  }

  private static CallerIdentity adminOf(Enterprise enterprise) {
    return new CallerIdentity(
        6L,
        "entadmin",
        Set.of(Role.ENTERPRISE_ADMIN),
        Role.ENTERPRISE_ADMIN.permissions(),
        null,
        enterprise.getOrganisation().getId(),
        "10.0.0.6");
  }

  private static CallerIdentity systemAdministrator() {
    return new CallerIdentity(
        1L,
        "sysadmin",
        Set.of(Role.SYSTEM_ADMIN),
        Role.SYSTEM_ADMIN.permissions(),
        null,
        null,
        "10.0.0.1");
  }

  private Enterprise register(String name, String code, String jurisdiction, EnterpriseKind kind) {
    return service.registerEnterprise(
        new EnterpriseRegistration(
            name,
            code,
            kind == EnterpriseKind.FILER ? null : LICENCE,
            Set.of(kind),
            kind != EnterpriseKind.FILER,
            jurisdiction,
            null));
  }

  private static RegisteredFacts factsOf(Enterprise e) {
    return new RegisteredFacts(
        e.getName(),
        e.getLicenseNo() == null ? null : e.getLicenseNo().value(),
        e.getKinds(),
        e.getLicenseNo() != null,
        e.getJurisdiction().getCode(),
        e.getRiskGrade(),
        e.getStatus());
  }

  private static RegisteredFacts withGrade(RegisteredFacts f, RiskGrade grade) {
    return new RegisteredFacts(
        f.name(),
        f.licenseNo(),
        f.kinds(),
        f.producesItself(),
        f.jurisdictionCode(),
        grade,
        f.status());
  }

  private static void assertKey(String key, BusinessException refusal) {
    assertEquals(key, refusal.getMessageKey());
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
    actAs(
        new CallerIdentity(
            6L,
            "entadmin",
            Set.of(Role.ENTERPRISE_ADMIN),
            Role.ENTERPRISE_ADMIN.permissions(),
            cityPath,
            9L,
            "10.0.0.6"));
    assertThrows(
        AccessDeniedException.class, () -> service.registerEnterprise(filer(CODE_A, "6401")));
  }

  @Test
  void anotherCitysRegulatorDoesNotSeeTheEnterprise() {
    service.registerEnterprise(filer(CODE_A, "6401"));
    service.caller = regulatorAt("/1/3/");
    assertTrue(service.findVisibleEnterprises().isEmpty());
  }

  @Nested
  class TheList {

    private Enterprise jinfeng;
    private Enterprise xingqing;
    private Enterprise shizuishan;

    @BeforeEach
    void registerThree() {
      jinfeng = register("Saishang Herbal", CODE_A, "640106", EnterpriseKind.REGISTRANT);
      xingqing = register("Helan Snow", CODE_C, "640104", EnterpriseKind.FILER);
      actAs(regulatorAt(otherCityPath));
      shizuishan =
          register("Shizuishan Maker", CODE_B, "6402", EnterpriseKind.CONTRACT_MANUFACTURER);
      actAs(regulatorAt(cityPath));
    }

    private List<Enterprise> find(EnterpriseQuery query) {
      List<Enterprise> page = service.findEnterprises(query, 0, 10);
      assertEquals(page.size(), service.countEnterprises(query), "count agrees with the page");
      return page;
    }

    private EnterpriseQuery byName(String name) {
      return new EnterpriseQuery(name, null, null, true, null, null, null, null, false);
    }

    @Test
    void aRegulatorSeesTheirSubtreeOnly() {
      assertEquals(List.of(xingqing, jinfeng), find(EnterpriseQuery.all()));
      actAs(regulatorAt(otherCityPath));
      assertEquals(List.of(shizuishan), find(EnterpriseQuery.all()));
    }

    @Test
    void theSystemAdministratorSeesAllAndAnEnterpriseOnlyItself() {
      actAs(systemAdministrator());
      assertEquals(3, service.countEnterprises(EnterpriseQuery.all()));
      actAs(adminOf(jinfeng));
      assertEquals(List.of(jinfeng), find(EnterpriseQuery.all()));
      assertEquals(jinfeng, service.findOwnEnterprise().orElseThrow());
    }

    @Test
    void aCallerWithoutScopeSeesNothing() {
      actAs(CallerIdentity.anonymous("10.0.0.9"));
      assertTrue(find(EnterpriseQuery.all()).isEmpty());
      assertTrue(service.findOwnEnterprise().isEmpty());
    }

    @Test
    void filtersNarrowTheListAndTheScopeStillApplies() {
      assertEquals(List.of(jinfeng), find(byName("herbal")));
      assertEquals(
          List.of(xingqing),
          find(new EnterpriseQuery(null, "ent001", null, true, null, null, null, null, false)));
      assertEquals(
          List.of(jinfeng),
          find(
              new EnterpriseQuery(
                  null, null, null, true, EnterpriseKind.REGISTRANT, null, null, null, false)));
      assertTrue(find(byName("Shizuishan")).isEmpty(), "outside the scope, whatever the filter");
    }

    @Test
    void theJurisdictionFilterTakesTheNodeAloneOrWithItsSubordinates() {
      assertEquals(
          List.of(xingqing, jinfeng),
          find(new EnterpriseQuery(null, null, "6401", true, null, null, null, null, false)));
      assertTrue(
          find(new EnterpriseQuery(null, null, "6401", false, null, null, null, null, false))
              .isEmpty());
      assertEquals(
          List.of(jinfeng),
          find(new EnterpriseQuery(null, null, "640106", false, null, null, null, null, false)));
    }

    @Test
    void pagesFollowTheChosenOrder() {
      EnterpriseQuery byNameDescending =
          new EnterpriseQuery(null, null, null, true, null, null, null, EnterpriseSort.NAME, true);
      assertEquals(List.of(jinfeng), service.findEnterprises(byNameDescending, 0, 1));
      assertEquals(List.of(xingqing), service.findEnterprises(byNameDescending, 1, 1));
      assertEquals(2, service.countEnterprises(byNameDescending));
    }

    @Test
    void anEnterpriseOutsideTheScopeIsNotFoundEvenByItsId() {
      assertEquals(jinfeng, service.getEnterprise(jinfeng.getId()));
      assertKey(
          "error.notFound",
          assertThrows(NotFoundException.class, () -> service.getEnterprise(shizuishan.getId())));
      actAs(adminOf(jinfeng));
      assertThrows(NotFoundException.class, () -> service.getEnterprise(xingqing.getId()));
    }

    @Test
    void theJurisdictionsInScopeAreTheRegulatorsSubtree() {
      assertEquals(
          List.of("6401", "640104", "640106"),
          service.findJurisdictionsInScope().stream().map(n -> n.getCode()).toList());
      actAs(adminOf(jinfeng));
      assertTrue(service.findJurisdictionsInScope().isEmpty());
    }
  }

  @Nested
  class RegisteredFactsChange {

    private Enterprise enterprise;

    @BeforeEach
    void registerOne() {
      enterprise = register("Saishang Herbal", CODE_A, "640106", EnterpriseKind.REGISTRANT);
    }

    @Test
    void aRegulatorChangesTheFactsAndEachKindOfChangeIsAuditedOldToNew() {
      RegisteredFacts facts =
          new RegisteredFacts(
              "Saishang Herbal Ltd",
              null,
              Set.of(EnterpriseKind.FILER, EnterpriseKind.REGISTRANT),
              false,
              "640104",
              RiskGrade.C,
              EnterpriseStatus.SUSPENDED);
      service.changeRegistration(enterprise.getId(), enterprise.getVersion(), facts);

      assertEquals("Saishang Herbal Ltd", enterprise.getName());
      assertNull(enterprise.getLicenseNo());
      assertEquals("640104", enterprise.getJurisdiction().getCode());
      List<AuditRecord> last =
          audit.records().subList(audit.records().size() - 3, audit.records().size());
      assertEquals(
          List.of(
              AuditAction.ENTERPRISE_CHANGED,
              AuditAction.ENTERPRISE_RISK_GRADED,
              AuditAction.ENTERPRISE_STATUS_CHANGED),
          last.stream().map(AuditRecord::action).toList());
      assertEquals(
          "name: Saishang Herbal → Saishang Herbal Ltd; licenseNo: "
              + LICENCE
              + " → -; kinds: [REGISTRANT] → [FILER, REGISTRANT];"
              + " jurisdiction: 640106 Jinfeng → 640104 Xingqing",
          last.get(0).detail());
      assertEquals("riskGrade: - → C", last.get(1).detail());
      assertEquals("status: ACTIVE → SUSPENDED", last.get(2).detail());
      assertEquals("enterprise:" + CODE_A, last.get(2).target());
    }

    @Test
    void onlyWhatChangedIsAudited() {
      int before = audit.records().size();
      service.changeRegistration(
          enterprise.getId(), enterprise.getVersion(), withGrade(factsOf(enterprise), RiskGrade.B));
      assertEquals(before + 1, audit.records().size());
      assertEquals(AuditAction.ENTERPRISE_RISK_GRADED, audit.last().action());
      assertEquals(RiskGrade.B, enterprise.getRiskGrade());
    }

    @Test
    void aSaveFromAStaleVersionIsRefusedAndChangesNothing() {
      long loaded = enterprise.getVersion();
      TestEntities.withVersion(enterprise, loaded + 1); // someone else saved meanwhile
      assertThrows(
          StaleVersionException.class,
          () ->
              service.changeRegistration(
                  enterprise.getId(), loaded, withGrade(factsOf(enterprise), RiskGrade.D)));
      assertNull(enterprise.getRiskGrade());
    }

    @Test
    void theEnterpriseMayMoveOnlyInsideTheRegulatorsSubtree() {
      RegisteredFacts f = factsOf(enterprise);
      RegisteredFacts elsewhere =
          new RegisteredFacts(
              f.name(), f.licenseNo(), f.kinds(), true, "6402", f.riskGrade(), f.status());
      assertKey(
          "error.enterprise.moveOutsideJurisdiction",
          assertThrows(
              BusinessException.class,
              () -> service.changeRegistration(enterprise.getId(), 0, elsewhere)));
      assertEquals("640106", enterprise.getJurisdiction().getCode());
    }

    @Test
    void badInputIsRefusedBeforeAnythingChanges() {
      Set<EnterpriseKind> kinds = enterprise.getKinds();
      assertRefusedChange("error.licenseNo.format", "bad", kinds, EnterpriseStatus.ACTIVE);
      assertRefusedChange("error.enterprise.noKind", LICENCE, Set.of(), EnterpriseStatus.ACTIVE);
      assertRefusedChange("error.field.required", LICENCE, kinds, null);
      assertEquals("Saishang Herbal", enterprise.getName());
      assertEquals("640106", enterprise.getJurisdiction().getCode());
      assertNull(enterprise.getRiskGrade());
    }

    /** A change to a new name, node and grade that is refused for the one bad value given. */
    private void assertRefusedChange(
        String key, String licence, Set<EnterpriseKind> kinds, EnterpriseStatus status) {
      RegisteredFacts change =
          new RegisteredFacts("New name", licence, kinds, true, "640104", RiskGrade.A, status);
      assertKey(
          key,
          assertThrows(
              BusinessException.class,
              () -> service.changeRegistration(enterprise.getId(), 0, change)));
    }

    @Test
    void anotherCitysRegulatorCannotChangeItEvenByItsId() {
      actAs(regulatorAt(otherCityPath));
      assertFalse(service.mayChangeRegistration(enterprise));
      assertThrows(
          NotFoundException.class,
          () ->
              service.changeRegistration(
                  enterprise.getId(), 0, withGrade(factsOf(enterprise), RiskGrade.D)));
      assertNull(enterprise.getRiskGrade());
    }

    @Test
    void theEnterpriseAdministratorCannotChangeRegisteredFacts() {
      actAs(adminOf(enterprise));
      assertFalse(service.mayChangeRegistration(enterprise));
      assertThrows(
          AccessDeniedException.class,
          () ->
              service.changeRegistration(
                  enterprise.getId(), 0, withGrade(factsOf(enterprise), RiskGrade.A)));
      assertNull(enterprise.getRiskGrade());
    }
  }

  @Nested
  class ContactChange {

    private Enterprise own;
    private Enterprise other;

    @BeforeEach
    void registerTwo() {
      own = register("Saishang Herbal", CODE_A, "640106", EnterpriseKind.REGISTRANT);
      other = register("Helan Snow", CODE_D, "640106", EnterpriseKind.FILER);
      actAs(adminOf(own));
    }

    private EnterpriseContact contact(String phone) {
      return new EnterpriseContact(
          "Yuehai Bay 1", phone, "Zhou Jie", "13800000008", "zhou@example.org");
    }

    @Test
    void theEnterpriseAdministratorKeepsTheContactDetailsAndItIsAudited() {
      assertTrue(service.mayChangeContact(own));
      service.changeContact(own.getId(), own.getVersion(), contact("0951-5012345"));
      assertEquals("0951-5012345", own.getPhone());
      assertEquals("zhou@example.org", own.getContactEmail());
      assertEquals(AuditAction.ENTERPRISE_CONTACT_CHANGED, audit.last().action());
      assertTrue(audit.last().detail().contains("phone: - → 0951-5012345"), audit.last().detail());
    }

    @Test
    void aMalformedPhoneNumberIsRefusedNamingTheFieldAndNothingChanges() {
      BusinessException refused =
          assertThrows(
              BusinessException.class,
              () -> service.changeContact(own.getId(), own.getVersion(), contact("call me")));
      assertKey("error.field.phone", refused);
      assertEquals("general.phone", refused.getArguments()[0]);
      assertNull(own.getAddress());
    }

    @Test
    void anotherEnterpriseIsNotFound() {
      assertFalse(service.mayChangeContact(other));
      assertThrows(
          NotFoundException.class,
          () -> service.changeContact(other.getId(), other.getVersion(), contact("0951-5012345")));
      assertNull(other.getPhone());
    }

    @Test
    void regulatorsDoNotEditTheContactDetails() {
      actAs(regulatorAt(cityPath));
      assertFalse(service.mayChangeContact(own));
      assertThrows(
          AccessDeniedException.class,
          () -> service.changeContact(own.getId(), own.getVersion(), contact("0951-5012345")));
    }

    @Test
    void aStaleContactFormIsRefused() {
      TestEntities.withVersion(own, 3);
      assertThrows(
          StaleVersionException.class,
          () -> service.changeContact(own.getId(), 2, contact("0951-5012345")));
      assertNull(own.getPhone());
    }
  }

  @Nested
  class AdministratorAccount {

    private Enterprise enterprise;

    @BeforeEach
    void registerOne() {
      enterprise = register("Saishang Herbal", CODE_A, "640106", EnterpriseKind.REGISTRANT);
    }

    private NewEnterpriseAdministrator zhou() {
      return new NewEnterpriseAdministrator("zhoujie", "Zhou Jie", null, "zhou@example.org");
    }

    @Test
    void aRegulatorOpensTheEnterprisesAdministratorAccountWithAOneTimePassword() {
      String oneTime = service.createEnterpriseAdministrator(enterprise.getId(), zhou());
      assertNotNull(oneTime);
      Account account = accounts.findByUsername("zhoujie").orElseThrow();
      assertEquals(Set.of(Role.ENTERPRISE_ADMIN), account.getRoles());
      assertEquals(enterprise.getOrganisation(), account.getOrganisation());
      assertTrue(account.isMustChangePassword());
      assertEquals(AuditAction.ACCOUNT_CREATED, audit.last().action());
      assertEquals("inspector", audit.last().actor());
    }

    @Test
    void theAccountRulesApply() {
      service.createEnterpriseAdministrator(enterprise.getId(), zhou());
      assertKey(
          "error.account.usernameTaken",
          assertThrows(
              BusinessException.class,
              () -> service.createEnterpriseAdministrator(enterprise.getId(), zhou())));
    }

    @Test
    void anotherCitysRegulatorCannotOpenOneEvenByTheEnterprisesId() {
      actAs(regulatorAt(otherCityPath));
      assertThrows(
          NotFoundException.class,
          () -> service.createEnterpriseAdministrator(enterprise.getId(), zhou()));
      assertEquals(0, accounts.count());
    }

    @Test
    void aCancelledEnterpriseGetsNoAccount() {
      RegisteredFacts f = factsOf(enterprise);
      service.changeRegistration(
          enterprise.getId(),
          0,
          new RegisteredFacts(
              f.name(),
              f.licenseNo(),
              f.kinds(),
              true,
              f.jurisdictionCode(),
              null,
              EnterpriseStatus.CANCELLED));
      assertKey(
          "error.enterprise.cancelled",
          assertThrows(
              BusinessException.class,
              () -> service.createEnterpriseAdministrator(enterprise.getId(), zhou())));
      assertEquals(0, accounts.count());
    }

    @Test
    void anEnterpriseAdministratorCannotOpenAccountsHere() {
      actAs(adminOf(enterprise));
      assertThrows(
          AccessDeniedException.class,
          () -> service.createEnterpriseAdministrator(enterprise.getId(), zhou()));
    }
  }
}
