package org.cosqual.portal.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.cosqual.cases.domain.model.item.ItemKind;
import org.junit.jupiter.api.Test;

class ShelfChoicesTest {

  @Test
  void anEditedAddressNarrowsByNothingItDoesNotKnow() {
    assertEquals(ItemKind.HANDBOOK, ShelfChoices.kindOf("HANDBOOK"));
    assertNull(ShelfChoices.kindOf("handbook"));
    assertNull(ShelfChoices.kindOf("<script>"));
    assertNull(ShelfChoices.kindOf(null));
    assertEquals(2026, ShelfChoices.yearOf("2026"));
    assertNull(ShelfChoices.yearOf("20261"));
    assertNull(ShelfChoices.yearOf("abcd"));
  }
}
