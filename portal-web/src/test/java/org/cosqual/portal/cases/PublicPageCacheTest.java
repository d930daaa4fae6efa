package org.cosqual.portal.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PublicPageCacheTest {

  private final PublicPageCache cache = new PublicPageCache();

  @BeforeEach
  void create() {
    cache.megabytes = 1;
    cache.searchMegabytes = 1;
    cache.create();
  }

  @Test
  void publishingAnItemDropsItsPageThePagesLinkingToItAndEveryList() {
    keep("/public/items/7", "<p>第七条</p>");
    keep("/public/items/8", "<a href=\"/public/items/7\">问答</a>");
    keep("/public/items/9", "<a href=\"/public/items/70\">别的</a>");
    keep("/public/items/10", "<p>无关</p>");
    keep("/public/index.xhtml", "<p>首页</p>");
    keep("/public/search.xhtml?q=x", "<p>检索</p>");

    cache.dropFor(7);

    assertEquals(
        List.of("/public/items/9", "/public/items/10"),
        List.of(
                "/public/items/7",
                "/public/items/8",
                "/public/items/9",
                "/public/items/10",
                "/public/index.xhtml",
                "/public/search.xhtml?q=x")
            .stream()
            .filter(address -> cache.find(address).isPresent())
            .toList());
  }

  @Test
  void searchPagesAreKeptInRoomsOfTheirOwn() {
    cache.megabytes = 0;
    cache.create();
    keep("/public/items/7", "<p>第七条</p>");
    keep("/public/search.xhtml?q=x", "<p>检索</p>");
    cache.cleanUp();

    assertTrue(cache.find("/public/items/7").isEmpty(), "no room for item pages");
    assertTrue(cache.find("/public/search.xhtml?q=x").isPresent());
  }

  @Test
  void aPageRenderedWhilePagesWereDroppedIsNotKept() {
    long renderedIn = cache.generation();
    cache.dropFor(7);
    cache.keep("/public/index.xhtml", page("<p>旧首页</p>"), renderedIn);
    assertTrue(cache.find("/public/index.xhtml").isEmpty());
    cache.keep("/public/index.xhtml", page("<p>新首页</p>"), cache.generation());
    assertTrue(cache.find("/public/index.xhtml").isPresent());
  }

  private void keep(String address, String html) {
    cache.keep(address, page(html), cache.generation());
  }

  private static RenderedPage page(String html) {
    return RenderedPage.of("text/html;charset=UTF-8", html.getBytes(StandardCharsets.UTF_8));
  }
}
