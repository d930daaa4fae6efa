package org.cosqual.cases.domain.model.item;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.Set;
import org.cosqual.personnel.domain.model.account.Role;
import org.junit.jupiter.api.Test;

class ReaderKindTest {

  @Test
  void whoReadsWhat() {
    assertEquals(EnumSet.of(Visibility.PUBLIC), ReaderKind.of(Set.of()).readable());
    assertEquals(
        EnumSet.of(Visibility.PUBLIC), ReaderKind.of(Set.of(Role.SYSTEM_ADMIN)).readable());
    assertEquals(EnumSet.of(Visibility.PUBLIC), ReaderKind.of(Set.of(Role.AUDIT_ADMIN)).readable());
    for (Role industry : Set.of(Role.ENTERPRISE_ADMIN, Role.KEY_STAFF, Role.ASSOCIATION_EDITOR)) {
      ReaderKind reader = ReaderKind.of(Set.of(industry));
      assertTrue(reader.mayRead(Visibility.ENTERPRISES), industry.name());
      assertFalse(reader.mayRead(Visibility.REGULATORS), industry.name());
    }
    for (Role regulator : Set.of(Role.REGULATOR, Role.REGULATOR_ADMIN)) {
      assertEquals(EnumSet.allOf(Visibility.class), ReaderKind.of(Set.of(regulator)).readable());
    }
  }
}
