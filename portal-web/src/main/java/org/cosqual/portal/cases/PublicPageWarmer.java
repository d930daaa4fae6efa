package org.cosqual.portal.cases;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.cosqual.cases.application.ContentArchived;
import org.cosqual.cases.application.ContentPublished;
import org.cosqual.cases.application.ContentService;
import org.cosqual.portal.infrastructure.startup.PortalAnswering;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Renders the public pages an anonymous visitor may open into {@link PublicPageCache} before anyone
 * asks for them: once the portal answers, every public item's page (the latest first), the home
 * page and the list; after an item is published or archived, what that dropped. It asks the portal
 * itself over HTTP, one page at a time, with a header only this process knows, so that these
 * renderings count no reading. COSQUAL_PAGE_WARMING=false leaves pages to be rendered when first
 * asked for.
 */
@ApplicationScoped
public class PublicPageWarmer {

  private static final Logger LOG = Logger.getLogger(PublicPageWarmer.class.getName());
  private static final String HEADER = "X-CosQual-Warming";
  private static final List<String> LISTS = List.of("/public/index.xhtml", "/public/items.xhtml");

  @Inject PublicPageCache cache;
  @Inject ContentService content;

  @Resource(lookup = "java:comp/DefaultManagedExecutorService")
  ExecutorService executor;

  @Inject
  @ConfigProperty(name = "cosqual.page-warming", defaultValue = "true")
  boolean enabled;

  private final String token = UUID.randomUUID().toString();
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
  private final Set<String> waiting = new LinkedHashSet<>();
  private URI base;
  private boolean running;

  /** Whether a request is one of this process's renderings in advance. */
  public boolean isWarming(HttpServletRequest request) {
    return token.equals(request.getHeader(HEADER));
  }

  void portalAnswering(@Observes PortalAnswering event) {
    synchronized (this) {
      base = event.base();
    }
    if (enabled) {
      executor.execute(this::warmAll);
    }
  }

  void published(@Observes(during = TransactionPhase.AFTER_SUCCESS) ContentPublished event) {
    changed(event.item().id());
  }

  void archived(@Observes(during = TransactionPhase.AFTER_SUCCESS) ContentArchived event) {
    changed(event.itemId());
  }

  private void changed(long itemId) {
    cache.dropFor(itemId);
    warm(List.of(ItemCard.address(itemId)));
  }

  private void warmAll() {
    List<String> items = content.findPublicItemIds().stream().map(ItemCard::address).toList();
    LOG.info(() -> "Rendering " + items.size() + " public item pages in advance");
    warm(items);
  }

  /** Adds pages to render, the lists first, and starts rendering unless it runs already. */
  private void warm(Collection<String> items) {
    if (!enabled) {
      return;
    }
    synchronized (this) {
      waiting.addAll(LISTS);
      waiting.addAll(items);
      if (running || base == null) {
        return;
      }
      running = true;
    }
    executor.execute(this::renderWaiting);
  }

  private void renderWaiting() {
    long start = System.nanoTime();
    int rendered = 0;
    for (String page = next(); page != null; page = next()) {
      render(page);
      rendered++;
    }
    int count = rendered;
    LOG.info(
        () ->
            String.format(
                "Rendered %d public pages in advance in %.1f s",
                count, (System.nanoTime() - start) / 1e9));
  }

  /** The next page waiting, or null, when rendering stops. */
  private synchronized String next() {
    Iterator<String> first = waiting.iterator();
    if (!first.hasNext()) {
      running = false;
      return null;
    }
    String page = first.next();
    first.remove();
    return page;
  }

  private void render(String page) {
    URI address = base.resolve(page.substring(1));
    try {
      http.send(
          HttpRequest.newBuilder(address)
              .header(HEADER, token)
              .timeout(Duration.ofMinutes(1))
              .build(),
          BodyHandlers.discarding());
    } catch (IOException e) {
      LOG.log(Level.FINE, "Not rendered in advance: " + address, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
