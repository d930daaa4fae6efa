package org.cosqual.personnel.domain.model.account;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import org.cosqual.personnel.domain.model.person.Person;
import org.cosqual.personnel.domain.shared.BusinessException;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AccountTest {

  private static final Instant T0 = Instant.parse("2026-03-02T08:00:00Z");
  private static final Duration NANO = Duration.ofNanos(1);

  private static Account keyStaff() {
    return new Account(
        "alice", "hash", new Person("Alice", null, null), null, Set.of(Role.KEY_STAFF));
  }

  /**
   * {@code count} wrong passwords one minute apart from {@code start}; true if any of them locked.
   */
  private static boolean failMinutely(Account account, Instant start, int count) {
    boolean locked = false;
    for (int i = 0; i < count; i++) {
      locked |= account.recordFailedSignIn(start.plus(Duration.ofMinutes(i)));
    }
    return locked;
  }

  @Nested
  class LockOut {

    @Test
    void fourWrongPasswordsDoNotLock() {
      Account account = keyStaff();

      assertFalse(failMinutely(account, T0, 4));

      assertFalse(account.isLocked(T0.plus(Duration.ofMinutes(4))));
      assertEquals(4, account.getFailedSignIns());
      assertNull(account.getLockedUntil());
    }

    @Test
    void fifthWrongPasswordWithinFifteenMinutesLocksForFifteenMinutes() {
      Account account = keyStaff();
      failMinutely(account, T0, 4);
      Instant fifth = T0.plus(Account.FAILURE_WINDOW).minus(NANO);

      assertTrue(account.recordFailedSignIn(fifth));

      assertTrue(account.isLocked(fifth));
      assertEquals(fifth.plus(Duration.ofMinutes(15)), account.getLockedUntil());
      assertEquals(0, account.getFailedSignIns(), "the count starts afresh once the lock is set");
    }

    @Test
    void fiveWrongPasswordsAtTheSameInstantLock() {
      Account account = keyStaff();
      for (int i = 0; i < 4; i++) {
        assertFalse(account.recordFailedSignIn(T0));
      }
      assertTrue(account.recordFailedSignIn(T0));
    }

    @Test
    void aFailureFifteenMinutesOldNoLongerCounts() {
      Account account = keyStaff();
      failMinutely(account, T0, 4); // minutes 0, 1, 2 and 3

      assertFalse(account.recordFailedSignIn(T0.plus(Account.FAILURE_WINDOW)));

      assertFalse(account.isLocked(T0.plus(Account.FAILURE_WINDOW)));
      assertEquals(4, account.getFailedSignIns(), "minutes 1, 2, 3 and 15 are inside the window");
    }

    @Test
    void fiveFailuresWithinAnyFifteenMinutesLockEvenAcrossTheFirstFailuresWindow() {
      Account account = keyStaff();
      account.recordFailedSignIn(T0);
      failMinutely(account, T0.plus(Duration.ofMinutes(12)), 3); // minutes 12, 13 and 14
      assertFalse(account.recordFailedSignIn(T0.plus(Duration.ofSeconds(15 * 60 + 30))));

      assertTrue(account.recordFailedSignIn(T0.plus(Duration.ofMinutes(16))));
      assertTrue(account.isLocked(T0.plus(Duration.ofMinutes(16))));
    }

    @Test
    void newWindowNeedsFiveFreshFailuresToLock() {
      Account account = keyStaff();
      failMinutely(account, T0, 4);
      Instant restart = T0.plus(Duration.ofMinutes(20));

      assertFalse(failMinutely(account, restart, 4), "failures 1-4 of the new window");
      assertTrue(account.recordFailedSignIn(restart.plus(Duration.ofMinutes(4))));
    }

    @Test
    void lockHoldsUntilOneNanosecondBeforeFifteenMinutesAndExpiresExactlyAtFifteen() {
      Account account = keyStaff();
      failMinutely(account, T0, 5);
      Instant lockedAt = T0.plus(Duration.ofMinutes(4));

      assertTrue(account.isLocked(lockedAt.plus(Account.LOCK_DURATION).minus(NANO)));
      assertFalse(account.isLocked(lockedAt.plus(Duration.ofMinutes(15))));
    }

    @Test
    void afterTheLockExpiresTheCountStartsFromZero() {
      Account account = keyStaff();
      failMinutely(account, T0, 5);
      Instant expired = account.getLockedUntil();

      assertFalse(failMinutely(account, expired, 4));
      assertEquals(4, account.getFailedSignIns());
    }

    @Test
    void successfulSignInResetsTheCount() {
      Account account = keyStaff();
      failMinutely(account, T0, 4);
      Instant signIn = T0.plus(Duration.ofMinutes(5));

      account.recordSignIn(signIn);

      assertEquals(0, account.getFailedSignIns());
      assertEquals(signIn, account.getLastSignIn());
      assertFalse(
          failMinutely(account, signIn.plus(Duration.ofMinutes(1)), 4),
          "four more failures in the same 15 minutes must not lock after a good sign-in");
    }

    @Test
    void unlockLiftsTheLockAndResetsTheCount() {
      Account account = keyStaff();
      failMinutely(account, T0, 5);
      Instant stillLocked = T0.plus(Duration.ofMinutes(6));
      assertTrue(account.isLocked(stillLocked));

      account.unlock();

      assertFalse(account.isLocked(stillLocked));
      assertNull(account.getLockedUntil());
      assertFalse(failMinutely(account, stillLocked, 4));
    }

    @Test
    void unlockBeforeTheFifthFailureResetsTheCount() {
      Account account = keyStaff();
      failMinutely(account, T0, 4);

      account.unlock();

      assertEquals(0, account.getFailedSignIns());
      assertFalse(account.recordFailedSignIn(T0.plus(Duration.ofMinutes(5))));
    }
  }

  @Nested
  class Username {

    @Test
    void isTrimmedAndLowerCased() {
      assertEquals("alice.w_1-x", Account.checkUsername("  Alice.W_1-X \t"));
    }

    @Test
    void accountStoresTheNormalisedName() {
      Account account =
          new Account(" BOB ", "hash", new Person("Bob", null, null), null, Set.of(Role.KEY_STAFF));
      assertEquals("bob", account.getUsername());
    }

    @Test
    void threeCharactersIsTheShortestAccepted() {
      assertEquals("abc", Account.checkUsername("abc"));
    }

    @Test
    void thirtyTwoCharactersIsTheLongestAccepted() {
      String longest = "a".repeat(Account.USERNAME_MAX);
      assertEquals(longest, Account.checkUsername(longest));
    }

    @ParameterizedTest
    @ValueSource(
        strings = {
          "",
          "   ",
          "ab",
          " ab ",
          "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", // 33
          "al ice",
          "alice@example",
          "_alice",
          ".alice",
          "-alice",
          "ali/ce",
          "ali\u00e7e" // a non-ASCII letter
        })
    void refusesTooShortTooLongOrBadCharacters(String username) {
      BusinessException e =
          assertThrows(BusinessException.class, () -> Account.checkUsername(username));
      assertEquals("error.account.username", e.getMessageKey());
      assertArrayEquals(new Object[] {3, 32}, e.getArguments());
    }

    @Test
    void refusesNull() {
      BusinessException e =
          assertThrows(BusinessException.class, () -> Account.checkUsername(null));
      assertEquals("error.account.username", e.getMessageKey());
    }
  }

  @Nested
  class Passwords {

    @Test
    void resetPasswordRequiresAChangeAndChangePasswordClearsIt() {
      Account account = keyStaff();
      assertFalse(account.isMustChangePassword());

      account.resetPassword("temporary");
      assertTrue(account.isMustChangePassword());
      assertEquals("temporary", account.getPasswordHash());

      account.changePassword("chosen");
      assertFalse(account.isMustChangePassword());
      assertEquals("chosen", account.getPasswordHash());
    }
  }

  @Nested
  class Roles {

    @Test
    void permissionsAreTheUnionOfTheRoles() {
      Account account =
          new Account(
              "sys", "hash", new Person("Sys", null, null), null, Set.of(Role.SYSTEM_ADMIN));
      assertEquals(
          EnumSet.of(
              Permission.ACCOUNT_MANAGE,
              Permission.ORGANISATION_MANAGE,
              Permission.ORGANISATION_VIEW),
          account.permissions());
    }

    @Test
    void refusedReassignmentKeepsTheOldRoles() {
      Account account = keyStaff();

      assertThrows(
          BusinessException.class,
          () -> account.assign(Set.of(Role.KEY_STAFF, Role.AUDIT_ADMIN), null));

      assertEquals(Set.of(Role.KEY_STAFF), account.getRoles());
    }

    @Test
    void constructorRefusesAnEmptyRoleSet() {
      Person person = new Person("Eve", null, null);
      BusinessException e =
          assertThrows(
              BusinessException.class, () -> new Account("eve", "hash", person, null, Set.of()));
      assertEquals("error.account.noRole", e.getMessageKey());
    }
  }
}
