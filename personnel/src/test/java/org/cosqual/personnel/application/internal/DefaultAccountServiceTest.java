package org.cosqual.personnel.application.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.cosqual.personnel.application.AccountSummary;
import org.cosqual.personnel.application.CallerIdentity;
import org.cosqual.personnel.application.FakePasswordHasher;
import org.cosqual.personnel.application.NewAccount;
import org.cosqual.personnel.application.RecordingAuditTrail;
import org.cosqual.personnel.domain.model.account.Account;
import org.cosqual.personnel.domain.model.account.FakeAccountRepository;
import org.cosqual.personnel.domain.model.account.PasswordPolicy;
import org.cosqual.personnel.domain.model.account.Role;
import org.cosqual.personnel.domain.model.audit.AuditAction;
import org.cosqual.personnel.domain.model.audit.AuditRecord;
import org.cosqual.personnel.domain.model.jurisdiction.JurisdictionNode;
import org.cosqual.personnel.domain.model.organisation.FakeOrganisationRepository;
import org.cosqual.personnel.domain.model.organisation.Organisation;
import org.cosqual.personnel.domain.model.organisation.OrganisationKind;
import org.cosqual.personnel.domain.model.person.Person;
import org.cosqual.personnel.domain.shared.AccessDeniedException;
import org.cosqual.personnel.domain.shared.BusinessException;
import org.cosqual.personnel.domain.shared.NotFoundException;
import org.cosqual.personnel.domain.shared.StaleVersionException;
import org.cosqual.personnel.testing.MutableClock;
import org.cosqual.personnel.testing.TestEntities;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class DefaultAccountServiceTest {

  private static final char[] ROOT_PASSWORD = "Oak-Tree-2026".toCharArray();
  private static final char[] ALICE_PASSWORD = "Rose-Garden-26".toCharArray();
  private static final String FROM = "10.0.0.1";

  private final MutableClock clock = MutableClock.at("2026-03-02T08:00:00Z");
  private final FakeAccountRepository accounts = new FakeAccountRepository();
  private final FakeOrganisationRepository organisations = new FakeOrganisationRepository();
  private final FakePasswordHasher hasher = new FakePasswordHasher();
  private final RecordingAuditTrail audit = new RecordingAuditTrail();
  private final DefaultAccountService service = new DefaultAccountService();
  private Account root;
  private Account alice;
  private Organisation enterprise;

  @BeforeEach
  void setUp() {
    service.accounts = accounts;
    service.organisations = organisations;
    service.hasher = hasher;
    service.audit = audit;
    service.clock = clock;
    JurisdictionNode province =
        TestEntities.withId(JurisdictionNode.province("44", "Guangdong"), 1);
    province.assignPath();
    enterprise =
        organisations.store(
            new Organisation("E001", "Acme Cosmetics", OrganisationKind.ENTERPRISE, province));
    root = accounts.store(account("root", ROOT_PASSWORD, Role.SYSTEM_ADMIN));
    alice = accounts.store(account("alice", ALICE_PASSWORD, Role.KEY_STAFF));
    service.caller = callerFor(root);
  }

  private Account account(String username, char[] password, Role role) {
    return new Account(
        username, hasher.hash(password), new Person(username, null, null), null, Set.of(role));
  }

  private static CallerIdentity callerFor(Account account) {
    return new CallerIdentity(
        account.getId(),
        account.getUsername(),
        account.getRoles(),
        account.permissions(),
        null,
        null,
        FROM);
  }

  private static NewAccount draft(
      String username, Set<Role> roles, Long organisationId, char[] password) {
    return new NewAccount(
        username, "Person " + username, null, null, roles, organisationId, password);
  }

  private static void assertKey(String expectedKey, BusinessException e) {
    assertEquals(expectedKey, e.getMessageKey());
  }

  @Nested
  class CreateAccount {

    @Test
    void withoutPasswordIssuesAOneTimePasswordThatMustBeChanged() {
      String oneTime = service.createAccount(draft(" Bob ", Set.of(Role.KEY_STAFF), null, null));

      assertNotNull(oneTime);
      Account bob = accounts.findByUsername("bob").orElseThrow();
      assertTrue(bob.isMustChangePassword());
      assertTrue(hasher.matches(oneTime.toCharArray(), bob.getPasswordHash()));
      assertDoesNotThrow(() -> PasswordPolicy.check(null, oneTime.toCharArray()));
    }

    @Test
    void withAnEmptyPasswordIssuesAOneTimePassword() {
      assertNotNull(service.createAccount(draft("bob", Set.of(Role.KEY_STAFF), null, new char[0])));
      assertTrue(accounts.findByUsername("bob").orElseThrow().isMustChangePassword());
    }

    @Test
    void withAPasswordReturnsNullAndKeepsThatPassword() {
      char[] chosen = "Sunny-Day-2026".toCharArray();

      assertNull(service.createAccount(draft("bob", Set.of(Role.KEY_STAFF), null, chosen)));

      Account bob = accounts.findByUsername("bob").orElseThrow();
      assertFalse(bob.isMustChangePassword());
      assertTrue(hasher.matches("Sunny-Day-2026".toCharArray(), bob.getPasswordHash()));
    }

    @Test
    void weakPasswordIsRefusedAndNothingIsStored() {
      BusinessException e =
          assertThrows(
              BusinessException.class,
              () ->
                  service.createAccount(
                      draft("bob", Set.of(Role.KEY_STAFF), null, "short".toCharArray())));
      assertKey("error.password.length", e);
      assertTrue(accounts.findByUsername("bob").isEmpty());
      assertTrue(audit.records().isEmpty());
    }

    @Test
    void passwordContainingTheUserNameIsRefused() {
      BusinessException e =
          assertThrows(
              BusinessException.class,
              () ->
                  service.createAccount(
                      draft("Bob", Set.of(Role.KEY_STAFF), null, "my-BOB-2026".toCharArray())));
      assertKey("error.password.containsUsername", e);
    }

    @Test
    void isAudited() {
      service.createAccount(draft("bob", Set.of(Role.ENTERPRISE_ADMIN), enterprise.getId(), null));

      assertEquals(
          List.of(
              new AuditRecord(
                  "root",
                  AuditAction.ACCOUNT_CREATED,
                  "account:bob",
                  "roles=[ENTERPRISE_ADMIN] organisation=E001",
                  FROM)),
          audit.records());
    }

    @Test
    void duplicateUserNameInAnyCaseIsRefused() {
      BusinessException e =
          assertThrows(
              BusinessException.class,
              () -> service.createAccount(draft(" ALICE ", Set.of(Role.KEY_STAFF), null, null)));

      assertKey("error.account.usernameTaken", e);
      assertArrayEquals(new Object[] {"alice"}, e.getArguments());
      assertEquals(2, accounts.count());
      assertTrue(audit.records().isEmpty());
    }

    @Test
    void blankPersonNameIsRefusedNamingTheFieldAndNothingIsStored() {
      NewAccount blankName =
          new NewAccount("bob", "  ", null, null, Set.of(Role.KEY_STAFF), null, null);

      BusinessException e =
          assertThrows(BusinessException.class, () -> service.createAccount(blankName));

      assertKey("error.field.required", e);
      assertTrue(accounts.findByUsername("bob").isEmpty());
      assertTrue(audit.records().isEmpty());
    }

    @Test
    void unknownOrganisationIsNotFound() {
      assertThrows(
          NotFoundException.class,
          () -> service.createAccount(draft("bob", Set.of(Role.ENTERPRISE_ADMIN), 999L, null)));
    }

    @Test
    void roleThatDoesNotFitTheOrganisationIsRefused() {
      BusinessException e =
          assertThrows(
              BusinessException.class,
              () ->
                  service.createAccount(
                      draft("bob", Set.of(Role.REGULATOR), enterprise.getId(), null)));
      assertKey("error.account.organisationKind", e);
      assertTrue(accounts.findByUsername("bob").isEmpty());
    }

    @Test
    void callerWithoutAccountManageIsDeniedAndNothingHappens() {
      service.caller = callerFor(alice);

      assertThrows(
          AccessDeniedException.class,
          () -> service.createAccount(draft("bob", Set.of(Role.KEY_STAFF), null, null)));

      assertEquals(2, accounts.count());
      assertTrue(audit.records().isEmpty());
    }

    @Test
    void auditAdministratorCannotManageAccounts() {
      Account auditor = accounts.store(account("auditor", ROOT_PASSWORD, Role.AUDIT_ADMIN));
      service.caller = callerFor(auditor);

      assertThrows(
          AccessDeniedException.class,
          () -> service.createAccount(draft("bob", Set.of(Role.KEY_STAFF), null, null)));
      assertThrows(AccessDeniedException.class, () -> service.listAccounts());
    }
  }

  @Nested
  class ChangesToAnAccount {

    @Test
    void staleVersionIsRefusedAndNothingChanges() {
      TestEntities.withVersion(alice, 3);

      StaleVersionException e =
          assertThrows(StaleVersionException.class, () -> service.disableAccount(alice.getId(), 2));

      assertKey("error.staleVersion", e);
      assertTrue(alice.isEnabled());
      assertTrue(audit.records().isEmpty());
    }

    @Test
    void versionFromTheFutureIsAlsoStale() {
      assertThrows(StaleVersionException.class, () -> service.enableAccount(alice.getId(), 1));
    }

    @Test
    void staleVersionIsRefusedForEveryChange() {
      TestEntities.withVersion(alice, 3);
      long id = alice.getId();
      assertThrows(StaleVersionException.class, () -> service.enableAccount(id, 2));
      assertThrows(StaleVersionException.class, () -> service.unlockAccount(id, 2));
      assertThrows(StaleVersionException.class, () -> service.resetPassword(id, 2));
      assertThrows(
          StaleVersionException.class,
          () -> service.changeAssignment(id, 2, Set.of(Role.KEY_STAFF), null));
    }

    @Test
    void currentVersionDisablesAndAudits() {
      TestEntities.withVersion(alice, 3);

      service.disableAccount(alice.getId(), 3);

      assertFalse(alice.isEnabled());
      assertEquals(
          new AuditRecord("root", AuditAction.ACCOUNT_DISABLED, "account:alice", "", FROM),
          audit.last());
    }

    @Test
    void unknownAccountIsNotFound() {
      assertThrows(NotFoundException.class, () -> service.disableAccount(999, 0));
    }

    @Test
    void callerWithoutAccountManageCannotDisable() {
      service.caller = callerFor(alice);
      assertThrows(AccessDeniedException.class, () -> service.disableAccount(root.getId(), 0));
      assertTrue(root.isEnabled());
    }

    @Test
    void administratorCannotDisableThemself() {
      BusinessException e =
          assertThrows(BusinessException.class, () -> service.disableAccount(root.getId(), 0));

      assertKey("error.account.self", e);
      assertTrue(root.isEnabled());
      assertTrue(audit.records().isEmpty());
    }

    @Test
    void administratorCannotTakeTheirOwnAdministrationAway() {
      BusinessException e =
          assertThrows(
              BusinessException.class,
              () -> service.changeAssignment(root.getId(), 0, Set.of(Role.KEY_STAFF), null));

      assertKey("error.account.self", e);
      assertEquals(Set.of(Role.SYSTEM_ADMIN), root.getRoles());
    }

    @Test
    void changeAssignmentMovesTheAccountAndAudits() {
      service.changeAssignment(alice.getId(), 0, Set.of(Role.ENTERPRISE_ADMIN), enterprise.getId());

      assertEquals(Set.of(Role.ENTERPRISE_ADMIN), alice.getRoles());
      assertEquals(enterprise, alice.getOrganisation());
      assertEquals(
          new AuditRecord(
              "root",
              AuditAction.ACCOUNT_ROLES_CHANGED,
              "account:alice",
              "roles=[ENTERPRISE_ADMIN] organisation=E001",
              FROM),
          audit.last());
    }

    @Test
    void unlockLiftsALockAndAudits() {
      for (int i = 0; i < Account.MAX_FAILURES; i++) {
        alice.recordFailedSignIn(clock.instant());
      }
      assertTrue(alice.isLocked(clock.instant()));

      service.unlockAccount(alice.getId(), 0);

      assertFalse(alice.isLocked(clock.instant()));
      assertEquals(AuditAction.ACCOUNT_UNLOCKED, audit.last().action());
    }

    @Test
    void resetPasswordIssuesAOneTimePasswordAndUnlocks() {
      for (int i = 0; i < Account.MAX_FAILURES; i++) {
        alice.recordFailedSignIn(clock.instant());
      }

      String oneTime = service.resetPassword(alice.getId(), 0);

      assertTrue(hasher.matches(oneTime.toCharArray(), alice.getPasswordHash()));
      assertFalse(hasher.matches(ALICE_PASSWORD, alice.getPasswordHash()));
      assertTrue(alice.isMustChangePassword());
      assertFalse(alice.isLocked(clock.instant()));
      assertEquals(AuditAction.PASSWORD_RESET, audit.last().action());
    }
  }

  @Nested
  class ChangeOwnPassword {

    @BeforeEach
    void actAsAlice() {
      service.caller = callerFor(alice);
    }

    @Test
    void wrongCurrentPasswordIsRefusedAndNothingChanges() {
      String before = alice.getPasswordHash();

      BusinessException e =
          assertThrows(
              BusinessException.class,
              () ->
                  service.changeOwnPassword(
                      "Not-Alices-26".toCharArray(), "Brand-New-2026".toCharArray()));

      assertKey("error.password.currentWrong", e);
      assertEquals(before, alice.getPasswordHash());
      assertTrue(audit.records().isEmpty());
    }

    @Test
    void rightCurrentPasswordChangesItClearsTheMustChangeFlagAndAudits() {
      alice.resetPassword(hasher.hash(ALICE_PASSWORD));

      service.changeOwnPassword(ALICE_PASSWORD, "Brand-New-2026".toCharArray());

      assertTrue(hasher.matches("Brand-New-2026".toCharArray(), alice.getPasswordHash()));
      assertFalse(alice.isMustChangePassword());
      assertEquals(
          new AuditRecord("alice", AuditAction.PASSWORD_CHANGED, "account:alice", "", FROM),
          audit.last());
    }

    @Test
    void newPasswordMustMeetThePolicy() {
      BusinessException e =
          assertThrows(
              BusinessException.class,
              () -> service.changeOwnPassword(ALICE_PASSWORD, "alicealice".toCharArray()));
      assertKey("error.password.classes", e);
    }

    @Test
    void newPasswordMustDifferFromTheCurrentOne() {
      BusinessException e =
          assertThrows(
              BusinessException.class,
              () -> service.changeOwnPassword(ALICE_PASSWORD, ALICE_PASSWORD));
      assertKey("error.password.unchanged", e);
    }

    @Test
    void anonymousCallerHasNoPasswordToChange() {
      service.caller = CallerIdentity.anonymous(FROM);
      assertThrows(
          AccessDeniedException.class,
          () -> service.changeOwnPassword(ALICE_PASSWORD, "Brand-New-2026".toCharArray()));
    }
  }

  @Nested
  class ListAndFirstAdministrator {

    @Test
    void listShowsEveryAccountWithItsCurrentLockState() {
      for (int i = 0; i < Account.MAX_FAILURES; i++) {
        alice.recordFailedSignIn(clock.instant());
      }

      List<AccountSummary> list = service.listAccounts();

      assertEquals(List.of("alice", "root"), list.stream().map(AccountSummary::username).toList());
      assertTrue(list.get(0).locked());
      assertFalse(list.get(1).locked());

      clock.advance(Duration.ofMinutes(15));
      assertFalse(service.listAccounts().get(0).locked(), "the lock has run out by the clock");
    }

    @Test
    void firstAdministratorIsRefusedOnceAnyAccountExists() {
      service.caller = CallerIdentity.system();
      BusinessException e =
          assertThrows(
              BusinessException.class, () -> service.createFirstAdministrator("admin", "Admin"));
      assertKey("error.account.notFirst", e);
    }

    @Test
    void firstAdministratorGetsAOneTimePassword() {
      DefaultAccountService fresh = new DefaultAccountService();
      FakeAccountRepository empty = new FakeAccountRepository();
      fresh.accounts = empty;
      fresh.organisations = organisations;
      fresh.hasher = hasher;
      fresh.audit = audit;
      fresh.clock = clock;
      fresh.caller = CallerIdentity.system();

      String oneTime = fresh.createFirstAdministrator("Admin", "The Administrator");

      Account admin = empty.findByUsername("admin").orElseThrow();
      assertEquals(Set.of(Role.SYSTEM_ADMIN), admin.getRoles());
      assertTrue(admin.isMustChangePassword());
      assertTrue(hasher.matches(oneTime.toCharArray(), admin.getPasswordHash()));
      assertEquals(1, fresh.countAccounts());
    }
  }
}
