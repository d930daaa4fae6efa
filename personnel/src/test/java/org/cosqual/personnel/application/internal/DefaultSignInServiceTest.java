package org.cosqual.personnel.application.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.cosqual.personnel.application.CallerIdentity;
import org.cosqual.personnel.application.FakePasswordHasher;
import org.cosqual.personnel.application.RecordingAuditTrail;
import org.cosqual.personnel.application.SignInResult;
import org.cosqual.personnel.application.SignInResult.Outcome;
import org.cosqual.personnel.domain.model.account.Account;
import org.cosqual.personnel.domain.model.account.FakeAccountRepository;
import org.cosqual.personnel.domain.model.account.Permission;
import org.cosqual.personnel.domain.model.account.Role;
import org.cosqual.personnel.domain.model.audit.AuditAction;
import org.cosqual.personnel.domain.model.audit.AuditRecord;
import org.cosqual.personnel.domain.model.jurisdiction.JurisdictionNode;
import org.cosqual.personnel.domain.model.organisation.Organisation;
import org.cosqual.personnel.domain.model.organisation.OrganisationKind;
import org.cosqual.personnel.domain.model.person.Person;
import org.cosqual.personnel.domain.shared.NotFoundException;
import org.cosqual.personnel.testing.MutableClock;
import org.cosqual.personnel.testing.TestEntities;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DefaultSignInServiceTest {

  private static final char[] RIGHT = "Correct-Horse-26".toCharArray();
  private static final char[] WRONG = "Wrong-Horse-26".toCharArray();
  private static final String FROM = "10.1.2.3";

  private final MutableClock clock = MutableClock.at("2026-03-02T08:00:00Z");
  private final FakeAccountRepository accounts = new FakeAccountRepository();
  private final FakePasswordHasher hasher = new FakePasswordHasher();
  private final RecordingAuditTrail audit = new RecordingAuditTrail();
  private final DefaultSignInService service = new DefaultSignInService();
  private Account alice;

  @BeforeEach
  void setUp() {
    service.accounts = accounts;
    service.hasher = hasher;
    service.audit = audit;
    service.clock = clock;
    alice =
        accounts.store(
            new Account(
                "alice",
                hasher.hash(RIGHT),
                new Person("Alice", null, null),
                null,
                Set.of(Role.KEY_STAFF)));
  }

  /** Four wrong passwords a minute apart, then the locking fifth a minute later. */
  private SignInResult lockAlice() {
    for (int i = 0; i < 4; i++) {
      assertEquals(Outcome.WRONG_PASSWORD, service.signIn("alice", WRONG, FROM).outcome());
      clock.advance(Duration.ofMinutes(1));
    }
    return service.signIn("alice", WRONG, FROM);
  }

  @Test
  void unknownAccountIsRefusedAndAudited() {
    SignInResult result = service.signIn("Nobody", RIGHT, FROM);

    assertEquals(Outcome.UNKNOWN_ACCOUNT, result.outcome());
    assertNull(result.accountId());
    assertFalse(result.isSignedIn());
    assertEquals(
        List.of(
            new AuditRecord(
                "nobody", AuditAction.SIGN_IN_FAILED, "account:nobody", "unknown account", FROM)),
        audit.records());
  }

  @Test
  void aTypedNameThatCannotBeAUserNameIsNotRecorded() {
    service.signIn("Secret#Pass 2026", RIGHT, FROM);
    AuditRecord recorded = audit.last();
    assertEquals(DefaultSignInService.UNRECOGNISABLE, recorded.actor());
    assertFalse(recorded.target().contains("secret"), recorded.target());
  }

  @Test
  void aDisabledAccountKeepsNoRoleInItsOpenSession() {
    alice.disable();
    assertTrue(service.callerFor(alice.getId(), FROM).roles().isEmpty());
    assertTrue(service.callerFor(alice.getId(), FROM).permissions().isEmpty());
    assertFalse(service.isActive(alice.getId()));
  }

  @Test
  void unknownAccountStillCostsOnePasswordComparison() {
    service.signIn("nobody", RIGHT, FROM);
    assertEquals(1, hasher.matchesCalls(), "timing must not reveal which user names exist");
  }

  @Test
  void nullUserNameIsAnUnknownAccount() {
    assertEquals(Outcome.UNKNOWN_ACCOUNT, service.signIn(null, RIGHT, FROM).outcome());
  }

  @Test
  void wrongPasswordIsRefusedCountedAndAudited() {
    SignInResult result = service.signIn("alice", WRONG, FROM);

    assertEquals(Outcome.WRONG_PASSWORD, result.outcome());
    assertNull(result.accountId());
    assertEquals(1, alice.getFailedSignIns());
    assertEquals(
        new AuditRecord(
            "alice", AuditAction.SIGN_IN_FAILED, "account:alice", "wrong password", FROM),
        audit.last());
  }

  @Test
  void fifthWrongPasswordWithinFifteenMinutesLocksAndAuditsTheLock() {
    SignInResult fifth = lockAlice();
    Instant expectedUntil = clock.instant().plus(Duration.ofMinutes(15));

    assertEquals(Outcome.LOCKED, fifth.outcome());
    assertEquals(expectedUntil, fifth.lockedUntil());
    assertNull(fifth.accountId());
    assertTrue(alice.isLocked(clock.instant()));
    assertEquals(
        List.of(
            AuditAction.SIGN_IN_FAILED,
            AuditAction.SIGN_IN_FAILED,
            AuditAction.SIGN_IN_FAILED,
            AuditAction.SIGN_IN_FAILED,
            AuditAction.SIGN_IN_FAILED,
            AuditAction.ACCOUNT_LOCKED),
        audit.actions());
    assertEquals(
        new AuditRecord(
            "alice", AuditAction.ACCOUNT_LOCKED, "account:alice", "until " + expectedUntil, FROM),
        audit.last());
  }

  @Test
  void rightPasswordWhileLockedIsRefusedAsLocked() {
    SignInResult locking = lockAlice();
    clock.set(locking.lockedUntil().minusNanos(1));

    SignInResult result = service.signIn("alice", RIGHT, FROM);

    assertEquals(Outcome.LOCKED, result.outcome());
    assertNull(result.accountId());
    assertEquals(locking.lockedUntil(), result.lockedUntil());
    assertNull(alice.getLastSignIn());
    assertEquals(
        new AuditRecord("alice", AuditAction.SIGN_IN_FAILED, "account:alice", "locked", FROM),
        audit.last());
  }

  @Test
  void wrongPasswordWhileLockedNeitherExtendsTheLockNorCounts() {
    SignInResult locking = lockAlice();
    clock.advance(Duration.ofMinutes(5));

    assertEquals(Outcome.LOCKED, service.signIn("alice", WRONG, FROM).outcome());

    assertEquals(locking.lockedUntil(), alice.getLockedUntil());
    assertEquals(0, alice.getFailedSignIns());
  }

  @Test
  void rightPasswordSignsInExactlyWhenTheLockEnds() {
    SignInResult locking = lockAlice();
    clock.set(locking.lockedUntil());

    SignInResult result = service.signIn("alice", RIGHT, FROM);

    assertEquals(Outcome.SIGNED_IN, result.outcome());
    assertNull(alice.getLockedUntil());
  }

  @Test
  void disabledAccountWithTheRightPasswordIsRefusedAsDisabled() {
    alice.disable();

    SignInResult result = service.signIn("alice", RIGHT, FROM);

    assertEquals(Outcome.DISABLED, result.outcome());
    assertNull(result.accountId());
    assertNull(alice.getLastSignIn());
    assertEquals(
        new AuditRecord("alice", AuditAction.SIGN_IN_FAILED, "account:alice", "disabled", FROM),
        audit.last());
  }

  @Test
  void disabledAccountWithAWrongPasswordDoesNotRevealThatItIsDisabled() {
    alice.disable();
    assertEquals(Outcome.WRONG_PASSWORD, service.signIn("alice", WRONG, FROM).outcome());
  }

  @Test
  void rightPasswordSignsInRecordsTheTimeAndAudits() {
    SignInResult result = service.signIn("alice", RIGHT, FROM);

    assertEquals(Outcome.SIGNED_IN, result.outcome());
    assertTrue(result.isSignedIn());
    assertEquals(alice.getId(), result.accountId());
    assertFalse(result.mustChangePassword());
    assertNull(result.lockedUntil());
    assertEquals(clock.instant(), alice.getLastSignIn());
    assertEquals(
        new AuditRecord("alice", AuditAction.SIGN_IN, "account:alice", "", FROM), audit.last());
  }

  @Test
  void signInWithAOneTimePasswordSaysThePasswordMustBeChanged() {
    alice.resetPassword(hasher.hash(RIGHT));

    SignInResult result = service.signIn("alice", RIGHT, FROM);

    assertEquals(Outcome.SIGNED_IN, result.outcome());
    assertTrue(result.mustChangePassword());
  }

  @Test
  void userNameIsTrimmedAndLowerCased() {
    assertEquals(Outcome.SIGNED_IN, service.signIn("  ALICE ", RIGHT, FROM).outcome());
  }

  @Test
  void successfulSignInResetsTheFailureCount() {
    for (int i = 0; i < 4; i++) {
      service.signIn("alice", WRONG, FROM);
    }
    assertEquals(Outcome.SIGNED_IN, service.signIn("alice", RIGHT, FROM).outcome());

    assertEquals(Outcome.WRONG_PASSWORD, service.signIn("alice", WRONG, FROM).outcome());
    assertEquals(1, alice.getFailedSignIns());
  }

  @Test
  void signOutIsAuditedForAKnownAccountOnly() {
    service.recordSignOut(alice.getId(), FROM);
    service.recordSignOut(999, FROM);

    assertEquals(
        List.of(new AuditRecord("alice", AuditAction.SIGN_OUT, "account:alice", "", FROM)),
        audit.records());
  }

  @Test
  void callerForCarriesRolesPermissionsOrganisationAndJurisdiction() {
    JurisdictionNode city = TestEntities.withId(JurisdictionNode.province("44", "Guangdong"), 1);
    city.assignPath();
    city = TestEntities.withId(city.addChild("4401", "Guangzhou"), 4);
    city.assignPath();
    Organisation bureau =
        TestEntities.withId(
            new Organisation("GZ-MPA", "Bureau", OrganisationKind.REGULATOR_UNIT, city), 100);
    Account inspector =
        accounts.store(
            new Account(
                "inspector",
                hasher.hash(RIGHT),
                new Person("Li", null, null),
                bureau,
                Set.of(Role.REGULATOR)));

    CallerIdentity identity = service.callerFor(inspector.getId(), FROM);

    assertEquals(Optional.of(inspector.getId()), identity.accountId());
    assertEquals("inspector", identity.name());
    assertEquals(Set.of(Role.REGULATOR), identity.roles());
    assertEquals(Role.REGULATOR.permissions(), identity.permissions());
    assertEquals(Optional.of("/1/4/"), identity.jurisdictionPath());
    assertEquals(Optional.of(100L), identity.organisationId());
    assertEquals(FROM, identity.remoteAddress());
  }

  @Test
  void callerForAnAccountWithoutOrganisationHasNoScope() {
    CallerIdentity identity = service.callerFor(alice.getId(), FROM);

    assertEquals(Optional.empty(), identity.jurisdictionPath());
    assertEquals(Optional.empty(), identity.organisationId());
    assertTrue(identity.has(Permission.LEARNING_OWN));
  }

  @Test
  void callerForAnUnknownAccountIsNotFound() {
    assertThrows(NotFoundException.class, () -> service.callerFor(999, FROM));
  }
}
