package org.cosqual.personnel.application;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.cosqual.personnel.domain.model.account.Permission;
import org.cosqual.personnel.domain.model.account.Role;
import org.cosqual.personnel.domain.shared.AccessDeniedException;
import org.junit.jupiter.api.Test;

class CallerIdentityTest {

  @Test
  void anonymousVisitorIsNotAuthenticatedAndMayDoNothing() {
    CallerIdentity anonymous = CallerIdentity.anonymous("10.0.0.9");

    assertFalse(anonymous.isAuthenticated());
    assertEquals(CallerIdentity.ANONYMOUS, anonymous.name());
    assertTrue(anonymous.permissions().isEmpty());
    assertEquals("10.0.0.9", anonymous.remoteAddress());
    AccessDeniedException e =
        assertThrows(AccessDeniedException.class, () -> anonymous.require(Permission.AUDIT_READ));
    assertEquals("error.accessDenied", e.getMessageKey());
    assertArrayEquals(new Object[] {"personnel:audit:read"}, e.getArguments());
  }

  @Test
  void systemHasEveryPermissionOverTheWholeTreeButNoAccount() {
    CallerIdentity system = CallerIdentity.system();

    assertFalse(system.isAuthenticated());
    assertEquals(EnumSet.allOf(Permission.class), system.permissions());
    assertEquals(Optional.of("/"), system.jurisdictionPath());
    for (Permission p : Permission.values()) {
      assertDoesNotThrow(() -> system.require(p));
    }
  }

  @Test
  void signedInCallerHoldsExactlyItsPermissions() {
    CallerIdentity auditor =
        new CallerIdentity(
            7L,
            "auditor",
            Set.of(Role.AUDIT_ADMIN),
            Role.AUDIT_ADMIN.permissions(),
            null,
            null,
            "10.0.0.1");

    assertTrue(auditor.isAuthenticated());
    assertEquals(Optional.of(7L), auditor.accountId());
    assertTrue(auditor.has(Permission.AUDIT_VERIFY));
    assertThrows(AccessDeniedException.class, () -> auditor.require(Permission.ACCOUNT_MANAGE));
  }

  @Test
  void rolesAndPermissionsAreCopied() {
    Set<Permission> permissions = new HashSet<>(Set.of(Permission.LEARNING_OWN));
    CallerIdentity staff =
        new CallerIdentity(
            8L, "staff", Set.of(Role.KEY_STAFF), permissions, null, null, "10.0.0.1");

    permissions.add(Permission.ACCOUNT_MANAGE);

    assertFalse(staff.has(Permission.ACCOUNT_MANAGE));
  }
}
