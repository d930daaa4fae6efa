package org.cosqual.portal.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PageWindowTest {

  @Test
  void aPageWithinTheListIsShownAsAsked() {
    PageWindow window = PageWindow.of("2", 25, 10);
    assertEquals(new PageWindow(2, 3, 10, false), window);
    assertEquals(10, window.first());
    assertTrue(window.hasPrevious() && window.hasNext());
  }

  @Test
  void aPagePastTheLastIsTheLastAndSaysSo() {
    PageWindow window = PageWindow.of("999", 25, 10);
    assertEquals(3, window.page());
    assertTrue(window.moved());
    assertEquals(20, window.first());
    assertFalse(window.hasNext());
  }

  @Test
  void aPageBeforeTheFirstOrNoNumberAtAllIsTheFirst() {
    assertEquals(new PageWindow(1, 3, 10, true), PageWindow.of("-4", 25, 10));
    assertEquals(new PageWindow(1, 3, 10, true), PageWindow.of("0", 25, 10));
    for (String notANumber : new String[] {null, "", "abc", "1e9", "99999999999999"}) {
      assertEquals(1, PageWindow.of(notANumber, 25, 10).page(), notANumber);
    }
    assertFalse(PageWindow.of(null, 25, 10).moved(), "no page asked is page 1 as asked");
  }

  @Test
  void anEmptyListHasOnePage() {
    PageWindow window = PageWindow.of("3", 0, 10);
    assertEquals(1, window.pageCount());
    assertEquals(0, window.first());
  }
}
