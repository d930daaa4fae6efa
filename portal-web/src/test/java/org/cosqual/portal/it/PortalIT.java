package org.cosqual.portal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.io.File;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.cosqual.personnel.application.AccountService;
import org.cosqual.personnel.application.AccountSummary;
import org.cosqual.personnel.application.AuditTrail;
import org.cosqual.personnel.application.CallerIdentity;
import org.cosqual.personnel.application.EnterpriseRegistration;
import org.cosqual.personnel.application.EnterpriseService;
import org.cosqual.personnel.application.NewAccount;
import org.cosqual.personnel.application.OrganisationService;
import org.cosqual.personnel.application.SignInResult;
import org.cosqual.personnel.application.SignInResult.Outcome;
import org.cosqual.personnel.application.SignInService;
import org.cosqual.personnel.domain.model.account.Role;
import org.cosqual.personnel.domain.model.audit.AuditAction;
import org.cosqual.personnel.domain.model.audit.AuditEntry;
import org.cosqual.personnel.domain.model.audit.AuditRecord;
import org.cosqual.personnel.domain.model.audit.AuditRepository.AuditQuery;
import org.cosqual.personnel.domain.model.audit.ChainVerification;
import org.cosqual.personnel.domain.model.enterprise.Enterprise;
import org.cosqual.personnel.domain.model.enterprise.EnterpriseKind;
import org.cosqual.personnel.domain.model.organisation.Organisation;
import org.cosqual.personnel.domain.shared.AccessDeniedException;
import org.cosqual.personnel.domain.shared.BusinessException;
import org.cosqual.personnel.domain.shared.StaleVersionException;
import org.cosqual.portal.infrastructure.database.DataSourceConfiguration;
import org.cosqual.portal.infrastructure.database.DatabaseSettings;
import org.cosqual.portal.security.CurrentCaller;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The real war on Payara Micro against a real MariaDB: migrations, demo data, the sign-in and lock
 * rules, permissions and scope in the services, stale versions, bad input, and the audit chain.
 */
@ExtendWith(ArquillianExtension.class)
class PortalIT {

  private static final String PASSWORD = "CosQual@2026";
  // The demo enterprises' credit codes (sample/enterprises.csv), which are also their organisation
  // codes.
  private static final String ENTERPRISE_YINCHUAN = "91640106MA76X2K5QG";
  private static final String ENTERPRISE_SHIZUISHAN = "91640202MA77B3N8RH";

  @Deployment
  static WebArchive deployment() {
    WebArchive war =
        ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("cosqual.war")));
    return InContainer.openToArquillian(war).addClasses(PortalIT.class, InContainer.class);
  }

  @Inject SignInService signIn;
  @Inject AccountService accounts;
  @Inject AuditTrail audit;
  @Inject OrganisationService organisations;
  @Inject EnterpriseService enterprises;
  @Inject CurrentCaller caller;

  @Resource(lookup = DataSourceConfiguration.JNDI_NAME)
  DataSource dataSource;

  @Resource ManagedExecutorService executor;

  @BeforeEach
  void actAsSystem() {
    caller.actAs(CallerIdentity.system());
  }

  @Test
  void everyModuleHasItsOwnMigrationHistoryAndTheSchemaIsUtf8mb4() throws SQLException {
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement()) {
      for (String module : List.of("personnel", "training", "cases")) {
        try (ResultSet r =
            s.executeQuery(
                "SELECT COUNT(*) FROM flyway_" + module + "_history WHERE success = 0")) {
          assertTrue(r.next());
          assertEquals(0, r.getInt(1), module + " has a failed migration");
        }
      }
      try (ResultSet r =
          s.executeQuery("SELECT MAX(CAST(version AS UNSIGNED)) FROM flyway_personnel_history")) {
        assertTrue(r.next());
        assertEquals(14, r.getInt(1));
      }
      try (ResultSet r =
          s.executeQuery(
              "SELECT table_name, table_collation, engine FROM information_schema.tables"
                  + " WHERE table_schema = DATABASE() AND table_name NOT LIKE 'flyway%'")) {
        int tables = 0;
        while (r.next()) {
          tables++;
          assertTrue(
              r.getString(2).startsWith("utf8mb4"), r.getString(1) + " is " + r.getString(2));
          assertEquals("InnoDB", r.getString(3), r.getString(1));
        }
        assertTrue(tables >= 7, "tables found: " + tables);
      }
    }
  }

  @Test
  void chineseTextRoundTripsExactlyIncludingFourByteCharacters() {
    String name = "𠮷田 王晓燕·质量安全负责人";
    accounts.createAccount(
        new NewAccount("roundtrip", name, null, null, Set.of(Role.KEY_STAFF), null, null));
    AccountSummary stored = account("roundtrip");
    assertEquals(name, stored.personName());
    assertTrue(
        organisations.findVisibleOrganisations(null).stream()
            .map(Organisation::getName)
            .anyMatch("宁夏回族自治区药品监督管理局化妆品监管处"::equals));
  }

  @Test
  void demoModeSeedsOneAccountPerRoleWithItsOrganisation() {
    List<AccountSummary> all = accounts.listAccounts();
    for (Role role : Role.values()) {
      assertTrue(
          all.stream().anyMatch(a -> a.roles().contains(role)), "no demo account for " + role);
    }
    assertEquals("宁夏塞上本草化妆品有限公司", account("entadmin").organisationName());
  }

  @Test
  void noFirstAdministratorIsCreatedOnceAccountsExist() {
    long before = accounts.countAccounts();
    assertRefused(
        "error.account.notFirst",
        () -> accounts.createFirstAdministrator("admin", "Administrator"));
    assertEquals(before, accounts.countAccounts());
  }

  @Test
  void environmentVariablesOverrideTheDatabaseSettings() {
    assertEquals(System.getenv("COSQUAL_DB_URL"), DatabaseSettings.fromConfig().url());
    assertTrue(DatabaseSettings.fromConfig().url().contains("cosqual_it_"));
  }

  @Test
  void fiveWrongPasswordsLockTheAccountUntilAnAdministratorUnlocksIt() {
    accounts.createAccount(
        new NewAccount(
            "lockme",
            "Lock Test",
            null,
            null,
            Set.of(Role.KEY_STAFF),
            null,
            PASSWORD.toCharArray()));
    for (int i = 1; i <= 4; i++) {
      assertEquals(
          Outcome.WRONG_PASSWORD,
          signIn.signIn("lockme", "wrong".toCharArray(), "10.0.0.1").outcome());
    }
    SignInResult fifth = signIn.signIn("lockme", "wrong".toCharArray(), "10.0.0.1");
    assertEquals(Outcome.LOCKED, fifth.outcome());
    assertNotNull(fifth.lockedUntil());
    assertEquals(
        Outcome.LOCKED, signIn.signIn("lockme", PASSWORD.toCharArray(), "10.0.0.1").outcome());
    assertTrue(account("lockme").locked());

    accounts.unlockAccount(account("lockme").id(), account("lockme").version());
    SignInResult afterUnlock = signIn.signIn("LockMe ", PASSWORD.toCharArray(), "10.0.0.1");
    assertEquals(Outcome.SIGNED_IN, afterUnlock.outcome());
    assertFalse(afterUnlock.mustChangePassword());

    List<AuditEntry> trail = audit.search(new AuditQuery(null, null, "lockme", null, null), 0, 50);
    // four wrong, the fifth wrong (which locks), and the right password refused while locked
    assertEquals(
        6, trail.stream().filter(e -> e.getAction() == AuditAction.SIGN_IN_FAILED).count());
    assertEquals(
        1, trail.stream().filter(e -> e.getAction() == AuditAction.ACCOUNT_LOCKED).count());
    assertEquals(1, trail.stream().filter(e -> e.getAction() == AuditAction.SIGN_IN).count());
  }

  @Test
  void parallelWrongPasswordsAreEachCountedAndAudited() throws Exception {
    accounts.createAccount(
        new NewAccount(
            "parallel",
            "Parallel",
            null,
            null,
            Set.of(Role.KEY_STAFF),
            null,
            PASSWORD.toCharArray()));
    List<Future<SignInResult>> attempts = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      attempts.add(
          executor.submit(
              () -> signIn.signIn("parallel", "Wrong#Guess1".toCharArray(), "10.0.0.9")));
    }
    for (Future<SignInResult> attempt : attempts) {
      attempt.get();
    }
    assertTrue(account("parallel").locked());
    actAs("auditor");
    assertEquals(
        10, audit.count(new AuditQuery(null, null, "parallel", AuditAction.SIGN_IN_FAILED, null)));
    assertEquals(
        1, audit.count(new AuditQuery(null, null, "parallel", AuditAction.ACCOUNT_LOCKED, null)));
  }

  @Test
  void signingInDoesNotMakeAnAdministratorsViewStale() {
    accounts.createAccount(
        new NewAccount(
            "busyuser", "Busy", null, null, Set.of(Role.KEY_STAFF), null, PASSWORD.toCharArray()));
    AccountSummary seen = account("busyuser");
    signIn.signIn("busyuser", "Wrong#Guess1".toCharArray(), "10.0.0.8");
    signIn.signIn("busyuser", PASSWORD.toCharArray(), "10.0.0.8");
    caller.actAs(CallerIdentity.system());
    accounts.disableAccount(seen.id(), seen.version());
    assertFalse(account("busyuser").enabled());
    assertFalse(signIn.isActive(seen.id()), "a disabled account's open sessions must end");
  }

  @Test
  void unknownAndDisabledAccountsAreRefusedAndAudited() {
    assertEquals(
        Outcome.UNKNOWN_ACCOUNT, signIn.signIn("nobody", "x".toCharArray(), "10.0.0.2").outcome());
    assertEquals(
        1, audit.count(new AuditQuery(null, null, "nobody", AuditAction.SIGN_IN_FAILED, null)));

    accounts.createAccount(
        new NewAccount(
            "goneaway", "Gone", null, null, Set.of(Role.KEY_STAFF), null, PASSWORD.toCharArray()));
    accounts.disableAccount(account("goneaway").id(), account("goneaway").version());
    assertEquals(
        Outcome.DISABLED, signIn.signIn("goneaway", PASSWORD.toCharArray(), "10.0.0.2").outcome());
    accounts.enableAccount(account("goneaway").id(), account("goneaway").version());
    assertEquals(
        Outcome.SIGNED_IN, signIn.signIn("goneaway", PASSWORD.toCharArray(), "10.0.0.2").outcome());
  }

  @Test
  void aNewAccountGetsAOneTimePasswordThatMustBeChanged() {
    String oneTime =
        accounts.createAccount(
            new NewAccount("newcomer", "新同事", null, null, Set.of(Role.KEY_STAFF), null, null));
    assertNotNull(oneTime);
    SignInResult first = signIn.signIn("newcomer", oneTime.toCharArray(), "10.0.0.3");
    assertEquals(Outcome.SIGNED_IN, first.outcome());
    assertTrue(first.mustChangePassword());

    caller.actAs(signIn.callerFor(first.accountId(), "10.0.0.3"));
    BusinessException weak =
        assertThrows(
            BusinessException.class,
            () -> accounts.changeOwnPassword(oneTime.toCharArray(), "short".toCharArray()));
    assertEquals("error.password.length", weak.getMessageKey());
    accounts.changeOwnPassword(oneTime.toCharArray(), "Better#Pass2026".toCharArray());
    assertFalse(
        signIn
            .signIn("newcomer", "Better#Pass2026".toCharArray(), "10.0.0.3")
            .mustChangePassword());
  }

  @Test
  void servicesCheckPermissionsAndSeparateAdministrationFromAudit() {
    actAs("qso");
    assertThrows(AccessDeniedException.class, () -> accounts.listAccounts());
    actAs("sysadmin");
    assertThrows(AccessDeniedException.class, () -> audit.verifyChain());
    assertThrows(
        AccessDeniedException.class,
        () -> audit.search(new AuditQuery(null, null, null, null, null), 0, 10));
    actAs("auditor");
    assertThrows(AccessDeniedException.class, () -> accounts.listAccounts());
    assertTrue(audit.verifyChain().isIntact());
  }

  @Test
  void regulatorsSeeTheirJurisdictionSubtreeAndEnterprisesOnlyThemselves() {
    actAs("cityadmin");
    List<String> city = codes();
    assertTrue(
        city.containsAll(List.of("REG-640100", "REG-640104", "REG-640106", ENTERPRISE_YINCHUAN)),
        city.toString());
    assertFalse(city.contains(ENTERPRISE_SHIZUISHAN));
    assertFalse(city.contains("REG-640000"));

    actAs("inspector");
    assertEquals(List.of("REG-640104"), codes());

    actAs("entadmin");
    assertEquals(List.of(ENTERPRISE_YINCHUAN), codes());
  }

  @Test
  void aRegulatorRegistersEnterprisesInsideTheirJurisdictionOnly() {
    actAs("cityadmin");
    Enterprise registered =
        enterprises.registerEnterprise(
            new EnterpriseRegistration(
                "Test maker",
                "91640104MA7KB2P3L2",
                null,
                Set.of(EnterpriseKind.FILER),
                false,
                "640104",
                null));
    assertTrue(
        enterprises.findVisibleEnterprises().stream()
            .anyMatch(e -> e.getId().equals(registered.getId())));
    assertRefused(
        "error.enterprise.outsideJurisdiction",
        () ->
            enterprises.registerEnterprise(
                new EnterpriseRegistration(
                    "Elsewhere",
                    ENTERPRISE_SHIZUISHAN,
                    null,
                    Set.of(EnterpriseKind.FILER),
                    false,
                    "640202",
                    null)));
    assertRefused(
        "error.enterprise.creditCodeTaken",
        () ->
            enterprises.registerEnterprise(
                new EnterpriseRegistration(
                    "Again",
                    ENTERPRISE_YINCHUAN,
                    null,
                    Set.of(EnterpriseKind.FILER),
                    false,
                    "640106",
                    null)));
    actAs("inspector2");
    assertTrue(
        enterprises.findVisibleEnterprises().stream()
            .noneMatch(e -> e.getCreditCode().value().equals(ENTERPRISE_YINCHUAN)));
  }

  @Test
  void aSaveBasedOnAStaleVersionIsRefused() {
    accounts.createAccount(
        new NewAccount(
            "stale", "Stale", null, null, Set.of(Role.KEY_STAFF), null, PASSWORD.toCharArray()));
    AccountSummary seen = account("stale");
    accounts.disableAccount(seen.id(), seen.version());
    assertThrows(
        StaleVersionException.class, () -> accounts.enableAccount(seen.id(), seen.version()));
    assertFalse(account("stale").enabled());
  }

  @Test
  void badInputIsRefusedAndNothingIsHalfWritten() {
    long before = accounts.countAccounts();
    assertRefused(
        "error.field.tooLong",
        () ->
            accounts.createAccount(
                new NewAccount(
                    "toolong", "名".repeat(51), null, null, Set.of(Role.KEY_STAFF), null, null)));
    assertRefused(
        "error.field.required",
        () ->
            accounts.createAccount(
                new NewAccount("emptyname", " ", null, null, Set.of(Role.KEY_STAFF), null, null)));
    assertRefused(
        "error.account.username",
        () ->
            accounts.createAccount(
                new NewAccount("", "Empty", null, null, Set.of(Role.KEY_STAFF), null, null)));
    assertRefused(
        "error.account.organisationKind",
        () ->
            accounts.createAccount(
                new NewAccount("wrongkind", "X", null, null, Set.of(Role.REGULATOR), null, null)));
    assertRefused(
        "error.account.usernameTaken",
        () ->
            accounts.createAccount(
                new NewAccount(
                    "sysadmin", "Again", null, null, Set.of(Role.KEY_STAFF), null, null)));
    assertEquals(before, accounts.countAccounts());
  }

  @Test
  void theVerifierNamesTheFirstChangedEntry() throws SQLException {
    actAs("auditor");
    assertTrue(audit.verifyChain().isIntact());
    long seq =
        audit
            .search(new AuditQuery(null, null, "system", AuditAction.ACCOUNT_CREATED, null), 0, 1)
            .get(0)
            .getSeq();
    String original = detailOf(seq);
    try {
      setDetail(seq, original + " (edited by hand)");
      ChainVerification broken = audit.verifyChain();
      assertFalse(broken.isIntact());
      assertEquals(seq, broken.firstBrokenSeq());
      assertEquals(ChainVerification.Problem.HASH_MISMATCH, broken.problem());
    } finally {
      setDetail(seq, original);
    }
    assertTrue(audit.verifyChain().isIntact());
  }

  @Test
  void concurrentAppendsNeverForkTheChain() throws Exception {
    List<Future<?>> writers = new ArrayList<>();
    for (int t = 0; t < 8; t++) {
      int writer = t;
      writers.add(
          executor.submit(
              () -> {
                for (int i = 0; i < 10; i++) {
                  audit.append(
                      new AuditRecord(
                          "writer" + writer,
                          AuditAction.AUDIT_VERIFIED,
                          "test",
                          "n" + i,
                          "127.0.0.1"));
                }
              }));
    }
    for (Future<?> writer : writers) {
      writer.get();
    }
    actAs("auditor");
    ChainVerification result = audit.verifyChain();
    assertTrue(
        result.isIntact(), () -> "broken at " + result.firstBrokenSeq() + " " + result.problem());
    assertEquals(
        80,
        audit.search(new AuditQuery(null, null, null, null, "test"), 0, 10_000).stream()
            .filter(e -> e.getActor().startsWith("writer"))
            .count());
  }

  private static void assertRefused(String messageKey, Runnable call) {
    assertEquals(messageKey, assertThrows(BusinessException.class, call::run).getMessageKey());
  }

  private String detailOf(long seq) throws SQLException {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement("SELECT detail FROM audit_entry WHERE seq = ?")) {
      s.setLong(1, seq);
      try (ResultSet r = s.executeQuery()) {
        assertTrue(r.next());
        return r.getString(1);
      }
    }
  }

  private void setDetail(long seq, String detail) throws SQLException {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s =
            c.prepareStatement("UPDATE audit_entry SET detail = ? WHERE seq = ?")) {
      s.setString(1, detail);
      s.setLong(2, seq);
      assertEquals(1, s.executeUpdate());
    }
  }

  private List<String> codes() {
    return organisations.findVisibleOrganisations(null).stream()
        .map(Organisation::getCode)
        .sorted()
        .toList();
  }

  private void actAs(String username) {
    long id = account(username).id();
    caller.actAs(signIn.callerFor(id, "127.0.0.1"));
  }

  /** Looks the account up as the system, which leaves the caller acting as the system. */
  private AccountSummary account(String username) {
    caller.actAs(CallerIdentity.system());
    return accounts.listAccounts().stream()
        .filter(a -> a.username().equals(username))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no account " + username));
  }
}
