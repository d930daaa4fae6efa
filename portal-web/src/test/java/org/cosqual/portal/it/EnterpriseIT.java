package org.cosqual.portal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.io.File;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.cosqual.personnel.application.AccountService;
import org.cosqual.personnel.application.AccountSummary;
import org.cosqual.personnel.application.AuditTrail;
import org.cosqual.personnel.application.CallerIdentity;
import org.cosqual.personnel.application.EnterpriseContact;
import org.cosqual.personnel.application.EnterpriseRegistration;
import org.cosqual.personnel.application.EnterpriseService;
import org.cosqual.personnel.application.NewEnterpriseAdministrator;
import org.cosqual.personnel.application.RegisteredFacts;
import org.cosqual.personnel.application.SignInResult;
import org.cosqual.personnel.application.SignInService;
import org.cosqual.personnel.domain.model.account.Role;
import org.cosqual.personnel.domain.model.audit.AuditAction;
import org.cosqual.personnel.domain.model.audit.AuditEntry;
import org.cosqual.personnel.domain.model.audit.AuditRepository.AuditQuery;
import org.cosqual.personnel.domain.model.enterprise.Enterprise;
import org.cosqual.personnel.domain.model.enterprise.EnterpriseKind;
import org.cosqual.personnel.domain.model.enterprise.EnterpriseQuery;
import org.cosqual.personnel.domain.model.enterprise.EnterpriseSort;
import org.cosqual.personnel.domain.model.enterprise.EnterpriseStatus;
import org.cosqual.personnel.domain.model.enterprise.RiskGrade;
import org.cosqual.personnel.domain.shared.AccessDeniedException;
import org.cosqual.personnel.domain.shared.BusinessException;
import org.cosqual.personnel.domain.shared.NotFoundException;
import org.cosqual.personnel.domain.shared.StaleVersionException;
import org.cosqual.portal.security.CurrentCaller;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The enterprise register in the real war against MariaDB: the lazy list's paging, order, filters
 * and count in the database, scope on every read and write (typed ids included), the version check
 * of concurrent edits, audited changes, and enterprise administrator accounts. Each test registers
 * enterprises of its own (names and credit codes no other test uses), never in 兴庆区 (640104), whose
 * inspector PortalIT expects to see no enterprise.
 */
@ExtendWith(ArquillianExtension.class)
class EnterpriseIT {

  private static final String PASSWORD = "CosQual@2026";
  private static final String DEMO_YINCHUAN = "91640106MA76X2K5QG";
  private static final String DEMO_SHIZUISHAN = "91640202MA77B3N8RH";
  private static final String LICENCE = "宁妆20240007";

  @Deployment
  static WebArchive deployment() {
    WebArchive war =
        ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("cosqual.war")));
    return InContainer.openToArquillian(war).addClasses(EnterpriseIT.class, InContainer.class);
  }

  @Inject EnterpriseService enterprises;
  @Inject AccountService accounts;
  @Inject SignInService signIn;
  @Inject AuditTrail audit;
  @Inject CurrentCaller caller;

  @BeforeEach
  void actAsSystem() {
    caller.actAs(CallerIdentity.system());
  }

  @Test
  void theListIsPagedSortedFilteredAndCountedInTheDatabase() {
    actAs("cityadmin");
    Enterprise first = register("列表测试甲化妆品有限公司", "91640104MA7ENT0017", "640100", true);
    Enterprise second = register("列表测试乙生物科技有限公司", "91640106MA7ENT003A", "640106", false);
    Enterprise third = register("列表测试丙日化有限公司", "91640106MA7ENT004D", "640106", true);
    List<Enterprise> all = List.of(first, second, third);

    EnterpriseQuery byName = query("列表测试", null, null, true, null, null, null);
    assertEquals(3, enterprises.countEnterprises(byName));
    List<Long> pages = new ArrayList<>(ids(enterprises.findEnterprises(byName, 0, 2)));
    assertEquals(2, pages.size());
    pages.addAll(ids(enterprises.findEnterprises(byName, 2, 2)));
    List<Long> byNameInJava =
        all.stream()
            .sorted(Comparator.comparing(Enterprise::getName))
            .map(Enterprise::getId)
            .toList();
    assertEquals(byNameInJava, pages, "pages follow the database's order and never overlap");

    for (EnterpriseSort sort : EnterpriseSort.values()) {
      for (boolean descending : new boolean[] {false, true}) {
        EnterpriseQuery sorted =
            new EnterpriseQuery("列表测试", null, null, true, null, null, null, sort, descending);
        assertEquals(3, enterprises.findEnterprises(sorted, 0, 10).size(), sort + " " + descending);
      }
    }
    List<String> codesDescending =
        enterprises
            .findEnterprises(
                new EnterpriseQuery(
                    "列表测试", null, null, true, null, null, null, EnterpriseSort.CREDIT_CODE, true),
                0,
                10)
            .stream()
            .map(e -> e.getCreditCode().value())
            .toList();
    assertEquals(
        List.of("91640106MA7ENT004D", "91640106MA7ENT003A", "91640104MA7ENT0017"), codesDescending);

    assertEquals(
        List.of(second.getId()),
        ids(
            enterprises.findEnterprises(
                query(null, "ent003", null, true, null, null, null), 0, 10)),
        "a part of the credit code, typed in lower case");
    assertEquals(
        2, enterprises.countEnterprises(query("列表测试", null, "640106", false, null, null, null)));
    assertEquals(
        3, enterprises.countEnterprises(query("列表测试", null, "640100", true, null, null, null)));
    assertEquals(
        1, enterprises.countEnterprises(query("列表测试", null, "640100", false, null, null, null)));
    assertEquals(
        List.of(second.getId()),
        ids(
            enterprises.findEnterprises(
                query("列表测试", null, null, true, EnterpriseKind.FILER, null, null), 0, 10)));

    enterprises.changeRegistration(
        third.getId(), third.getVersion(), facts(third, RiskGrade.C, EnterpriseStatus.SUSPENDED));
    assertEquals(
        List.of(third.getId()),
        ids(
            enterprises.findEnterprises(
                query("列表测试", null, null, true, null, RiskGrade.C, null), 0, 10)));
    assertEquals(
        1,
        enterprises.countEnterprises(
            query("列表测试", null, null, true, null, null, EnterpriseStatus.SUSPENDED)));

    assertEquals(
        0, enterprises.countEnterprises(query("列表测试%", null, null, true, null, null, null)));
    assertEquals(
        0, enterprises.countEnterprises(query("列表_试", null, null, true, null, null, null)));

    actAs("inspector2");
    assertEquals(0, enterprises.countEnterprises(byName), "another city's regulator sees none");
    actAs("sysadmin");
    assertEquals(3, enterprises.countEnterprises(byName), "the system administrator sees all");
    actAs("entadmin");
    List<Enterprise> own = enterprises.findEnterprises(EnterpriseQuery.all(), 0, 50);
    assertEquals(List.of(DEMO_YINCHUAN), own.stream().map(e -> e.getCreditCode().value()).toList());
    assertEquals(1, enterprises.countEnterprises(EnterpriseQuery.all()));
  }

  @Test
  void aRegulatorOfAnotherCityCanNeitherReadNorChangeAnEnterpriseEvenByItsId() {
    Enterprise yinchuan = demo(DEMO_YINCHUAN);
    long id = yinchuan.getId();
    long shizuishan = demo(DEMO_SHIZUISHAN).getId();
    actAs("inspector2");
    assertEquals(shizuishan, enterprises.getEnterprise(shizuishan).getId());
    assertThrows(NotFoundException.class, () -> enterprises.getEnterprise(id));
    assertThrows(
        NotFoundException.class,
        () ->
            enterprises.changeRegistration(
                id,
                yinchuan.getVersion(),
                facts(yinchuan, RiskGrade.D, EnterpriseStatus.CANCELLED)));
    assertThrows(
        NotFoundException.class,
        () ->
            enterprises.createEnterpriseAdministrator(
                id, new NewEnterpriseAdministrator("intruder", "Intruder", null, null)));
    assertFalse(
        enterprises.findEnterprises(EnterpriseQuery.all(), 0, 100).stream()
            .anyMatch(e -> e.getId() == id));

    actAs("cityadmin");
    assertEquals(DEMO_YINCHUAN, enterprises.getEnterprise(id).getCreditCode().value());
    assertThrows(NotFoundException.class, () -> enterprises.getEnterprise(shizuishan));

    Enterprise after = demo(DEMO_YINCHUAN);
    assertEquals(yinchuan.getVersion(), after.getVersion(), "nothing was written");
    assertEquals(EnterpriseStatus.ACTIVE, after.getStatus());
    assertTrue(accounts.listAccounts().stream().noneMatch(a -> a.username().equals("intruder")));
  }

  @Test
  void anEnterpriseAdministratorChangesOnlyTheContactDetailsOfTheirOwnEnterprise() {
    Enterprise own = demo(DEMO_YINCHUAN);
    Enterprise other = demo(DEMO_SHIZUISHAN);
    actAs("entadmin");
    assertEquals(own.getId(), enterprises.findOwnEnterprise().orElseThrow().getId());
    assertThrows(
        AccessDeniedException.class,
        () ->
            enterprises.changeRegistration(
                own.getId(), own.getVersion(), facts(own, RiskGrade.A, EnterpriseStatus.ACTIVE)));
    assertThrows(
        NotFoundException.class,
        () ->
            enterprises.changeContact(
                other.getId(), other.getVersion(), contact("0952-2012345", null)));
    assertThrows(NotFoundException.class, () -> enterprises.getEnterprise(other.getId()));

    Enterprise otherAfter = demo(DEMO_SHIZUISHAN);
    assertNull(otherAfter.getPhone());
    assertEquals(other.getVersion(), otherAfter.getVersion());
    assertEquals(own.getRiskGrade(), demo(DEMO_YINCHUAN).getRiskGrade());
  }

  @Test
  void twoEditsFromTheSameVersionTheSecondIsRefusedAndNothingIsLost() {
    actAs("cityadmin");
    Enterprise registered = register("版本测试化妆品有限公司", "91640104MA7ENT008W", "640100", true);
    long loaded = registered.getVersion();

    enterprises.changeRegistration(
        registered.getId(), loaded, facts(registered, RiskGrade.B, EnterpriseStatus.ACTIVE));
    assertThrows(
        StaleVersionException.class,
        () ->
            enterprises.changeRegistration(
                registered.getId(),
                loaded,
                facts(registered, RiskGrade.D, EnterpriseStatus.ACTIVE)));
    Enterprise after = enterprises.getEnterprise(registered.getId());
    assertEquals(RiskGrade.B, after.getRiskGrade(), "the first save stands");
    assertEquals(loaded + 1, after.getVersion());

    // A change of the name alone (a column of the organisation) makes older forms stale too.
    RegisteredFacts renamed =
        new RegisteredFacts(
            "版本测试化妆品股份有限公司",
            LICENCE,
            Set.of(EnterpriseKind.REGISTRANT),
            true,
            "640100",
            RiskGrade.B,
            EnterpriseStatus.ACTIVE);
    enterprises.changeRegistration(registered.getId(), after.getVersion(), renamed);
    assertThrows(
        StaleVersionException.class,
        () ->
            enterprises.changeRegistration(
                registered.getId(),
                after.getVersion(),
                facts(after, RiskGrade.A, EnterpriseStatus.ACTIVE)));
    Enterprise renamedNow = enterprises.getEnterprise(registered.getId());
    assertEquals("版本测试化妆品股份有限公司", renamedNow.getName());
    assertEquals(RiskGrade.B, renamedNow.getRiskGrade());
    assertEquals(after.getVersion() + 1, renamedNow.getVersion());

    List<AuditEntry> trail = trailOf(registered);
    assertTrue(
        trail.stream()
            .anyMatch(
                e ->
                    e.getAction() == AuditAction.ENTERPRISE_RISK_GRADED
                        && e.getDetail().equals("riskGrade: - → B")
                        && e.getActor().equals("cityadmin")),
        trail.toString());
    assertTrue(
        trail.stream()
            .anyMatch(
                e ->
                    e.getAction() == AuditAction.ENTERPRISE_CHANGED
                        && e.getDetail().equals("name: 版本测试化妆品有限公司 → 版本测试化妆品股份有限公司")));
    assertEquals(
        1, trail.stream().filter(e -> e.getAction() == AuditAction.ENTERPRISE_RISK_GRADED).count());
  }

  @Test
  void aRegulatorOpensTheEnterprisesAdministratorAccountWhichKeepsItsContactDetails() {
    actAs("cityadmin");
    Enterprise registered = register("账号测试化妆品有限公司", "91640106MA7ENT009W", "640106", true);
    String oneTime =
        enterprises.createEnterpriseAdministrator(
            registered.getId(),
            new NewEnterpriseAdministrator(
                " ZhangHua ", "张华", "13900000001", "zhanghua@example.org"));
    assertNotNull(oneTime);
    assertRefused(
        "error.account.usernameTaken",
        () ->
            enterprises.createEnterpriseAdministrator(
                registered.getId(), new NewEnterpriseAdministrator("zhanghua", "张华", null, null)));

    AccountSummary created = account("zhanghua");
    assertEquals(Set.of(Role.ENTERPRISE_ADMIN), created.roles());
    assertEquals(registered.getOrganisation().getId(), created.organisationId());
    assertTrue(created.mustChangePassword());
    SignInResult signedIn = signIn.signIn("zhanghua", oneTime.toCharArray(), "127.0.0.1");
    assertTrue(signedIn.isSignedIn());
    assertTrue(signedIn.mustChangePassword());

    actAs("zhanghua");
    Enterprise own = enterprises.findOwnEnterprise().orElseThrow();
    assertEquals(registered.getId(), own.getId());
    Enterprise saved =
        enterprises.changeContact(
            own.getId(), own.getVersion(), contact("0951-5012345", "zhanghua@example.org"));
    assertRefused(
        "error.staleVersion",
        () ->
            enterprises.changeContact(
                own.getId(), own.getVersion(), contact("0951-0000000", null)));
    assertRefused(
        "error.field.email",
        () ->
            enterprises.changeContact(
                own.getId(), saved.getVersion() + 0, contact("0951-1111111", "not mail")));
    Enterprise now = enterprises.getEnterprise(own.getId());
    assertEquals(
        "0951-5012345", now.getPhone(), "neither the stale nor the bad save wrote anything");
    assertEquals("zhanghua@example.org", now.getContactEmail());
    assertEquals(
        AuditAction.ENTERPRISE_CONTACT_CHANGED,
        trailOf(registered).stream()
            .map(AuditEntry::getAction)
            .filter(a -> a == AuditAction.ENTERPRISE_CONTACT_CHANGED)
            .findFirst()
            .orElseThrow());

    actAs("inspector2");
    assertThrows(
        NotFoundException.class,
        () ->
            enterprises.createEnterpriseAdministrator(
                registered.getId(),
                new NewEnterpriseAdministrator("otheradmin", "Other", null, null)));
  }

  @Test
  void badInputIsRefusedWithItsReasonAndNothingIsHalfWritten() {
    actAs("cityadmin");
    Enterprise registered = register("输入测试化妆品有限公司", "91640104MA7ENT0118", "640100", true);
    long version = registered.getVersion();
    assertRefused("error.licenseNo.province", change(registered, "改名", "X妆20240001", "640100"));
    assertRefused(
        "error.enterprise.moveOutsideJurisdiction", change(registered, "改名", LICENCE, "640202"));
    assertRefused("error.field.tooLong", change(registered, "名".repeat(201), LICENCE, "640100"));
    Enterprise after = enterprises.getEnterprise(registered.getId());
    assertEquals("输入测试化妆品有限公司", after.getName());
    assertEquals("640100", after.getJurisdiction().getCode());
    assertNull(after.getRiskGrade());
    assertEquals(version, after.getVersion());
    assertTrue(
        trailOf(registered).stream()
            .allMatch(e -> e.getAction() == AuditAction.ENTERPRISE_REGISTERED));
  }

  /** A change of name, licence and node (and a grade) to the enterprise, from its version. */
  private Runnable change(Enterprise enterprise, String name, String licence, String node) {
    RegisteredFacts facts =
        new RegisteredFacts(
            name,
            licence,
            Set.of(EnterpriseKind.REGISTRANT),
            true,
            node,
            RiskGrade.A,
            EnterpriseStatus.ACTIVE);
    return () -> enterprises.changeRegistration(enterprise.getId(), enterprise.getVersion(), facts);
  }

  private Enterprise register(
      String name, String creditCode, String jurisdiction, boolean licensed) {
    return enterprises.registerEnterprise(
        new EnterpriseRegistration(
            name,
            creditCode,
            licensed ? LICENCE : null,
            Set.of(licensed ? EnterpriseKind.REGISTRANT : EnterpriseKind.FILER),
            licensed,
            jurisdiction,
            null));
  }

  private static RegisteredFacts facts(Enterprise e, RiskGrade grade, EnterpriseStatus status) {
    return new RegisteredFacts(
        e.getName(),
        e.getLicenseNo() == null ? null : e.getLicenseNo().value(),
        e.getKinds(),
        e.getLicenseNo() != null,
        e.getJurisdiction().getCode(),
        grade,
        status);
  }

  private static EnterpriseContact contact(String phone, String email) {
    return new EnterpriseContact("银川市金凤区测试路1号", phone, "联系人", "13800000000", email);
  }

  private static EnterpriseQuery query(
      String name,
      String creditCode,
      String jurisdiction,
      boolean withSubordinates,
      EnterpriseKind kind,
      RiskGrade grade,
      EnterpriseStatus status) {
    return new EnterpriseQuery(
        name,
        creditCode,
        jurisdiction,
        withSubordinates,
        kind,
        grade,
        status,
        EnterpriseSort.NAME,
        false);
  }

  private static List<Long> ids(List<Enterprise> page) {
    return page.stream().map(Enterprise::getId).toList();
  }

  /** A demo enterprise as it now stands, read as the system. */
  private Enterprise demo(String creditCode) {
    caller.actAs(CallerIdentity.system());
    return enterprises
        .findEnterprises(
            new EnterpriseQuery(null, creditCode, null, true, null, null, null, null, false), 0, 1)
        .get(0);
  }

  private List<AuditEntry> trailOf(Enterprise enterprise) {
    actAs("auditor");
    return audit.search(
        new AuditQuery(null, null, null, null, "enterprise:" + enterprise.getCreditCode().value()),
        0,
        100);
  }

  private static void assertRefused(String messageKey, Runnable call) {
    assertEquals(messageKey, assertThrows(BusinessException.class, call::run).getMessageKey());
  }

  private void actAs(String username) {
    caller.actAs(signIn.callerFor(account(username).id(), "127.0.0.1"));
  }

  private AccountSummary account(String username) {
    caller.actAs(CallerIdentity.system());
    return accounts.listAccounts().stream()
        .filter(a -> a.username().equals(username))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no account " + username));
  }
}
