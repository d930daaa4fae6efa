package org.cosqual.portal.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class PublicQueryTest {

  @Test
  void valuesAreEncodedAndEmptyOnesLeftOut() {
    assertEquals(
        "/public/search.xhtml?q=%E8%B4%A8%E9%87%8F+%26+x&page=2",
        PublicQuery.of("/public/search.xhtml")
            .with("q", "质量 & x")
            .with("kind", null)
            .with("topic", " ")
            .with("page", "2")
            .toString());
    assertEquals("/public/items.xhtml", PublicQuery.of("/public/items.xhtml").toString());
  }
}
