package org.cosqual.personnel.domain.model.person;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ProtectedIdNumberTest {

  private static final String HASH = "a".repeat(64);

  private static ProtectedIdNumber stored(String cipher, String hash) {
    return new ProtectedIdNumber(IdType.RESIDENT_ID_CARD, "640***********0036", cipher, hash);
  }

  @Test
  void twoEncryptionsOfOneNumberAreTheSameNumberByTheirHash() {
    assertTrue(stored("A1:one", HASH).sameNumberAs(stored("A1:two", HASH)));
    assertFalse(stored("A1:one", HASH).sameNumberAs(stored("A1:one", "b".repeat(64))));
    assertFalse(stored("A1:one", HASH).sameNumberAs(null));
  }

  @Test
  void itShowsOnlyTheMaskedNumber() {
    assertEquals("640***********0036", stored("A1:secret", HASH).toString());
  }

  @Test
  void everyPartIsRequired() {
    assertThrows(NullPointerException.class, () -> stored(null, HASH));
    assertThrows(NullPointerException.class, () -> stored("A1:x", null));
    assertThrows(NullPointerException.class, () -> new ProtectedIdNumber(null, "m", "A1:x", HASH));
  }
}
