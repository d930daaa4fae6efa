package org.cosqual.personnel.domain.model.account;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.cosqual.personnel.domain.shared.BusinessException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordPolicyTest {

  /** A password of exactly {@code length} characters with lower, upper and digit classes. */
  private static char[] ofLength(int length) {
    StringBuilder s = new StringBuilder("Aa1");
    while (s.length() < length) {
      s.append('x');
    }
    return s.toString().toCharArray();
  }

  private static String refusalKey(String username, char[] password) {
    return assertThrows(BusinessException.class, () -> PasswordPolicy.check(username, password))
        .getMessageKey();
  }

  @Test
  void nineCharactersAreTooShort() {
    BusinessException e =
        assertThrows(BusinessException.class, () -> PasswordPolicy.check("alice", ofLength(9)));
    assertEquals("error.password.length", e.getMessageKey());
    assertArrayEquals(new Object[] {10, 128}, e.getArguments());
  }

  @Test
  void tenCharactersAreEnough() {
    assertDoesNotThrow(() -> PasswordPolicy.check("alice", ofLength(10)));
  }

  @Test
  void oneHundredTwentyEightCharactersAreAllowed() {
    assertDoesNotThrow(() -> PasswordPolicy.check("alice", ofLength(128)));
  }

  @Test
  void oneHundredTwentyNineCharactersAreTooLong() {
    assertEquals("error.password.length", refusalKey("alice", ofLength(129)));
  }

  @Test
  void nullPasswordIsRefusedAsTooShort() {
    assertEquals("error.password.length", refusalKey("alice", null));
  }

  @Test
  void emptyPasswordIsRefusedAsTooShort() {
    assertEquals("error.password.length", refusalKey("alice", new char[0]));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "abcdefghijkl",
        "ABCDEFGHIJKL",
        "123456789012",
        "!@#$%^&*()_+",
        "abcdefABCDEF",
        "abcdef123456",
        "abcdef!@#$%^",
        "ABCDEF123456",
        "ABCDEF!@#$%^",
        "123456!@#$%^"
      })
  void oneOrTwoCharacterClassesAreRefused(String password) {
    BusinessException e =
        assertThrows(
            BusinessException.class, () -> PasswordPolicy.check("alice", password.toCharArray()));
    assertEquals("error.password.classes", e.getMessageKey());
    assertArrayEquals(new Object[] {3}, e.getArguments());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "abcdefABC123",
        "abcdefABC!@#",
        "abcdef123!@#",
        "ABCDEF123!@#",
        "abcDEF123!@#",
        "abc DEF 123"
      })
  void anyThreeOrFourCharacterClassesAreAccepted(String password) {
    assertDoesNotThrow(() -> PasswordPolicy.check("alice", password.toCharArray()));
  }

  @ParameterizedTest
  @ValueSource(strings = {"alice2026!!", "xxALICE2026!", "2026!AlIcE#x", "Zz9-x-alice"})
  void containingTheUserNameInAnyCaseIsRefused(String password) {
    assertEquals("error.password.containsUsername", refusalKey("alice", password.toCharArray()));
  }

  @Test
  void userNameInUpperCaseIsFoundInALowerCasePassword() {
    assertEquals(
        "error.password.containsUsername", refusalKey("ALICE", "xx-alice-2026".toCharArray()));
  }

  @Test
  void partOfTheUserNameIsAllowed() {
    assertDoesNotThrow(() -> PasswordPolicy.check("alice", "Alic3-2026-e".toCharArray()));
  }

  @Test
  void nullOrBlankUserNameSkipsTheUserNameRule() {
    assertDoesNotThrow(() -> PasswordPolicy.check(null, "Alice-2026!".toCharArray()));
    assertDoesNotThrow(() -> PasswordPolicy.check("  ", "Alice  2026!".toCharArray()));
  }

  @Test
  void lengthIsCheckedBeforeCharacterClasses() {
    assertEquals("error.password.length", refusalKey("alice", "aaaa".toCharArray()));
  }
}
