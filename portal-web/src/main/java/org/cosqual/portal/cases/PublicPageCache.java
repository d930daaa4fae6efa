package org.cosqual.portal.cases;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The public pages as anonymous visitors were last sent them, by address within the portal, up to a
 * size in memory (COSQUAL_PAGE_CACHE_MB, 64 by default; 0 keeps none). When an item is published or
 * archived, its page, every page linking to it (a Q&amp;A handbook's) and every page that is not an
 * item page (home, lists, search) are dropped. Besides, an item page is dropped a day after it was
 * rendered and any other page after ten minutes, so that the most-read list and names edited
 * elsewhere catch up. Each node keeps its own.
 */
@ApplicationScoped
public class PublicPageCache {

  static final Duration ITEM_PAGE_LIFETIME = Duration.ofDays(1);
  static final Duration LIST_LIFETIME = Duration.ofMinutes(10);

  @Inject
  @ConfigProperty(name = "cosqual.page-cache-mb", defaultValue = "64")
  int megabytes;

  private Cache<String, RenderedPage> pages;
  private long generation;

  @PostConstruct
  void create() {
    pages =
        Caffeine.newBuilder()
            .maximumWeight(megabytes * 1024L * 1024L)
            .<String, RenderedPage>weigher((address, page) -> address.length() + page.size())
            .expireAfter(
                Expiry.<String, RenderedPage>writing(
                    (address, page) ->
                        ItemAddress.itemPage(address).isPresent()
                            ? ITEM_PAGE_LIFETIME
                            : LIST_LIFETIME))
            .build();
  }

  public Optional<RenderedPage> find(String address) {
    return Optional.ofNullable(pages.getIfPresent(address));
  }

  /**
   * What a page rendered from now on is kept with: it is not kept if pages are dropped meanwhile.
   */
  public synchronized long generation() {
    return generation;
  }

  public synchronized void keep(String address, RenderedPage page, long renderedIn) {
    if (renderedIn == generation) {
      pages.put(address, page);
    }
  }

  /** Drops what an item's publication or archiving may change. */
  public synchronized void dropFor(long itemId) {
    generation++;
    String own = ItemCard.address(itemId);
    pages
        .asMap()
        .entrySet()
        .removeIf(
            kept ->
                ItemAddress.itemPage(kept.getKey()).isEmpty()
                    || kept.getKey().equals(own)
                    || kept.getValue().links(own));
  }
}
