package org.cosqual.personnel.domain.model.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class VerificationCodeTest {

  @Test
  void codesAreSixteenCharactersOfCrockfordsAlphabetAndDiffer() {
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < 1_000; i++) {
      String code = VerificationCode.next();
      assertTrue(code.matches("[0-9A-HJKMNP-TV-Z]{16}"), code + " carries 80 random bits");
      seen.add(code);
    }
    assertEquals(1_000, seen.size());
  }

  @Test
  void aTypedCodeIsReadWhateverItsCaseSpacesAndDashes() {
    String code = VerificationCode.next();
    assertEquals(
        Optional.of(code),
        VerificationCode.normalised(" " + VerificationCode.grouped(code).toLowerCase() + " "));
    assertEquals("ABCD-EFGH-JKMN-PQRS", VerificationCode.grouped("ABCDEFGHJKMNPQRS"));
    assertEquals("ABCD-EFGH-JKMN", VerificationCode.grouped("ABCDEFGHJKMN"));
    assertEquals(
        Optional.of("ABCDEFGHJKMN"),
        VerificationCode.normalised("abcd efgh jkmn"),
        "an older code");
  }

  @Test
  void somethingThatCannotBeACodeFindsNothing() {
    assertEquals(Optional.empty(), VerificationCode.normalised(null));
    assertEquals(Optional.empty(), VerificationCode.normalised("ABCD-EFGH-JKM"));
    assertEquals(Optional.empty(), VerificationCode.normalised("ABCD-EFGH-JKMNP"));
    assertEquals(Optional.empty(), VerificationCode.normalised("ABCD-EFGH-JKMN-PQRST"));
    assertEquals(Optional.empty(), VerificationCode.normalised("ABCD-EFGH-JKMO"), "O is not used");
    assertEquals(Optional.empty(), VerificationCode.normalised("' OR 1=1 --"));
    assertNotEquals(VerificationCode.next(), VerificationCode.next());
  }
}
