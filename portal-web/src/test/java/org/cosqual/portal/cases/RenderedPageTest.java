package org.cosqual.portal.cases;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class RenderedPageTest {

  private static final String HTML = "text/html;charset=UTF-8";

  @Test
  void anItemPageIsKeptInTwoPartsAroundItsViewCount() {
    String page = "<title>质量安全负责人</title><dd>" + RenderedPage.VIEW_COUNT_SLOT + "</dd><p>正文</p>";
    RenderedPage rendered = RenderedPage.of(HTML, utf8(page));
    assertTrue(rendered.hasViewCount());
    assertEquals("<title>质量安全负责人</title><dd>", text(rendered.before()));
    assertEquals("</dd><p>正文</p>", text(rendered.after()));
    assertEquals(utf8(page).length - RenderedPage.VIEW_COUNT_SLOT.length(), rendered.size());
    assertEquals(HTML, rendered.contentType());
  }

  @Test
  void aPageWithoutTheSlotIsKeptWhole() {
    byte[] page = utf8("<p>检索结果</p>");
    RenderedPage rendered = RenderedPage.of(HTML, page);
    assertFalse(rendered.hasViewCount());
    assertArrayEquals(page, rendered.before());
    assertNull(rendered.after());
    assertEquals(page.length, rendered.size());
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static String text(byte[] bytes) {
    return new String(bytes, StandardCharsets.UTF_8);
  }
}
