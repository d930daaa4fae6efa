package org.cosqual.personnel.application.internal;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.cosqual.personnel.domain.model.account.PasswordPolicy;
import org.junit.jupiter.api.Test;

class OneTimePasswordsTest {

  private static final int RUNS = 500;
  private static final String ALLOWED =
      "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789#%+=@";

  @Test
  void everyGeneratedPasswordSatisfiesThePasswordPolicy() {
    for (int i = 0; i < RUNS; i++) {
      char[] password = OneTimePasswords.generate();
      assertDoesNotThrow(() -> PasswordPolicy.check(null, password), new String(password));
    }
  }

  @Test
  void everyGeneratedPasswordHasFourteenCharactersWithAllFourClasses() {
    for (int i = 0; i < RUNS; i++) {
      String password = new String(OneTimePasswords.generate());
      assertEquals(14, password.length(), password);
      assertTrue(password.chars().anyMatch(Character::isLowerCase), password);
      assertTrue(password.chars().anyMatch(Character::isUpperCase), password);
      assertTrue(password.chars().anyMatch(Character::isDigit), password);
      assertTrue(password.chars().anyMatch(c -> !Character.isLetterOrDigit(c)), password);
    }
  }

  @Test
  void generatedPasswordsAvoidEasilyMisreadCharacters() {
    for (int i = 0; i < RUNS; i++) {
      String password = new String(OneTimePasswords.generate());
      for (char c : password.toCharArray()) {
        assertTrue(ALLOWED.indexOf(c) >= 0, "unexpected '" + c + "' in " + password);
      }
    }
  }

  @Test
  void generatedPasswordsDiffer() {
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < RUNS; i++) {
      seen.add(new String(OneTimePasswords.generate()));
    }
    assertEquals(RUNS, seen.size());
  }
}
