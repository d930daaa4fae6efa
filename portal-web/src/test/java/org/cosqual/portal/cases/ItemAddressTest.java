package org.cosqual.portal.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class ItemAddressTest {

  @Test
  void anItemAndItsHandbookPdfHaveReadableAddresses() {
    assertEquals(Optional.of(new ItemAddress(42, false)), ItemAddress.parse("/42"));
    assertEquals(Optional.of(new ItemAddress(42, false)), ItemAddress.parse("/42/"));
    assertEquals(Optional.of(new ItemAddress(42, true)), ItemAddress.parse("/42/handbook.pdf"));
    assertEquals("/public/items/42", ItemCard.address(42));
    assertEquals(Optional.of(42L), ItemAddress.itemPage("/public/items/42"));
    assertEquals(Optional.empty(), ItemAddress.itemPage("/public/items/42/handbook.pdf"));
    assertEquals(Optional.empty(), ItemAddress.itemPage("/public/items/42?page=2"));
    assertEquals(Optional.empty(), ItemAddress.itemPage("/public/items.xhtml"));
  }

  @Test
  void anythingElseUnderTheItemsPathNamesNothing() {
    for (String other :
        new String[] {
          null,
          "",
          "/",
          "/abc",
          "/42/other",
          "/42/handbook.pdfx",
          "/-1",
          "/42/../7",
          "/1234567890123456789"
        }) {
      assertTrue(ItemAddress.parse(other).isEmpty(), other);
    }
  }
}
