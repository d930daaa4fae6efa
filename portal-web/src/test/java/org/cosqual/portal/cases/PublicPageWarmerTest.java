package org.cosqual.portal.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.lang.reflect.Proxy;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.cosqual.cases.application.ContentArchived;
import org.cosqual.cases.application.ContentService;
import org.cosqual.portal.infrastructure.startup.PortalAnswering;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The warmer against a stand-in portal: an HTTP server on the loopback that records what it is
 * asked.
 */
class PublicPageWarmerTest {

  private final PublicPageWarmer warmer = new PublicPageWarmer();
  private final BlockingQueue<String> asked = new LinkedBlockingQueue<>();
  private final BlockingQueue<String> headers = new LinkedBlockingQueue<>();
  private final ExecutorService executor = Executors.newFixedThreadPool(2);
  private HttpServer portal;

  @BeforeEach
  void start() throws IOException {
    portal = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    portal.createContext(
        "/",
        exchange -> {
          headers.add(String.valueOf(exchange.getRequestHeaders().getFirst("X-CosQual-Warming")));
          asked.add(exchange.getRequestURI().getPath());
          exchange.sendResponseHeaders(200, -1);
          exchange.close();
        });
    portal.start();
    warmer.cache = new PublicPageCache();
    warmer.cache.megabytes = 1;
    warmer.cache.create();
    warmer.content = publicItems(List.of(7L, 3L));
    warmer.executor = executor;
    warmer.enabled = true;
  }

  @AfterEach
  void stop() throws InterruptedException {
    portal.stop(0);
    executor.shutdownNow();
    executor.awaitTermination(5, TimeUnit.SECONDS);
  }

  @Test
  void onceThePortalAnswersItsListsAndPublicItemPagesAreAskedForInAdvance() throws Exception {
    warmer.portalAnswering(new PortalAnswering(base()));
    assertEquals(
        List.of("/public/index.xhtml", "/public/items.xhtml", "/public/items/7", "/public/items/3"),
        next(4));
    String token = headers.take();
    assertFalse(token.isBlank() || token.equals("null"));
    assertTrue(warmer.isWarming(request(token)), "its own requests count no reading");
    assertFalse(warmer.isWarming(request("guessed")));
    assertFalse(warmer.isWarming(request(null)));
  }

  @Test
  void anArchivedItemsPageAndTheListsAreRenderedAgain() throws Exception {
    warmer.portalAnswering(new PortalAnswering(base()));
    next(4);
    warmer.cache.keep("/public/items/3", RenderedPage.of("text/html", bytes("<p>3</p>")), 0);
    warmer.archived(new ContentArchived(3));
    assertTrue(warmer.cache.find("/public/items/3").isEmpty(), "dropped");
    assertEquals(List.of("/public/index.xhtml", "/public/items.xhtml", "/public/items/3"), next(3));
  }

  @Test
  void nothingIsAskedForWhenTurnedOff() throws Exception {
    warmer.enabled = false;
    warmer.portalAnswering(new PortalAnswering(base()));
    warmer.archived(new ContentArchived(3));
    assertEquals(null, asked.poll(1, TimeUnit.SECONDS));
  }

  private List<String> next(int count) throws InterruptedException {
    List<String> paths = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      String path = asked.poll(Duration.ofSeconds(10).toMillis(), TimeUnit.MILLISECONDS);
      if (path == null) {
        break;
      }
      paths.add(path);
    }
    return paths;
  }

  private URI base() {
    return URI.create("http://127.0.0.1:" + portal.getAddress().getPort() + "/");
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static ContentService publicItems(List<Long> ids) {
    return stub(ContentService.class, Map.of("findPublicItemIds", ids));
  }

  private static HttpServletRequest request(String warmingHeader) {
    return (HttpServletRequest)
        Proxy.newProxyInstance(
            PublicPageWarmerTest.class.getClassLoader(),
            new Class<?>[] {HttpServletRequest.class},
            (proxy, method, args) -> method.getName().equals("getHeader") ? warmingHeader : null);
  }

  /** An interface answering only the named methods, with the given results. */
  @SuppressWarnings("unchecked")
  private static <T> T stub(Class<T> type, Map<String, Object> answers) {
    return (T)
        Proxy.newProxyInstance(
            type.getClassLoader(),
            new Class<?>[] {type},
            (proxy, method, args) -> {
              if (!answers.containsKey(method.getName())) {
                throw new UnsupportedOperationException(method.getName());
              }
              return answers.get(method.getName());
            });
  }
}
