package org.cosqual.portal.cases;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The public pages as anonymous visitors were last sent them, by address within the portal, up to a
 * size in memory: search pages up to COSQUAL_SEARCH_CACHE_MB (16 by default), apart from the other
 * pages (COSQUAL_PAGE_CACHE_MB, 64 by default), so that searches for ever new words cannot push out
 * the item pages; 0 keeps none. When an item is published or archived, its page, every page linking
 * to it (a Q&amp;A handbook's) and every page that is not an item page (home, lists, search) are
 * dropped. Besides, an item page is dropped a day after it was rendered and any other page after
 * ten minutes, so that the most-read list and names edited elsewhere catch up. Each node keeps its
 * own.
 */
@ApplicationScoped
public class PublicPageCache {

  static final Duration ITEM_PAGE_LIFETIME = Duration.ofDays(1);
  static final Duration LIST_LIFETIME = Duration.ofMinutes(10);

  private static final String SEARCH = "/public/search.xhtml";

  @Inject
  @ConfigProperty(name = "cosqual.page-cache-mb", defaultValue = "64")
  int megabytes;

  @Inject
  @ConfigProperty(name = "cosqual.search-cache-mb", defaultValue = "16")
  int searchMegabytes;

  private Cache<String, RenderedPage> pages;
  private Cache<String, RenderedPage> searches;

  /**
   * Pages are kept side by side under the read lock; a drop takes the write lock, so that no page
   * rendered before it is kept after it. (One monitor for both made every render queue behind every
   * other one's keep under load.)
   */
  private final ReadWriteLock dropping = new ReentrantReadWriteLock();

  private final AtomicLong generation = new AtomicLong();

  @PostConstruct
  void create() {
    pages = kept(megabytes);
    searches = kept(searchMegabytes);
  }

  private static Cache<String, RenderedPage> kept(int megabytes) {
    return Caffeine.newBuilder()
        .maximumWeight(megabytes * 1024L * 1024L)
        .<String, RenderedPage>weigher((address, page) -> address.length() + page.size())
        .expireAfter(
            Expiry.<String, RenderedPage>writing(
                (address, page) ->
                    ItemAddress.itemPage(address).isPresent() ? ITEM_PAGE_LIFETIME : LIST_LIFETIME))
        .build();
  }

  private Cache<String, RenderedPage> keeping(String address) {
    return address.startsWith(SEARCH) ? searches : pages;
  }

  /** Evicts now what is over its room, as Caffeine otherwise does a little later. */
  void cleanUp() {
    pages.cleanUp();
    searches.cleanUp();
  }

  public Optional<RenderedPage> find(String address) {
    return Optional.ofNullable(keeping(address).getIfPresent(address));
  }

  /**
   * What a page rendered from now on is kept with: it is not kept if pages are dropped meanwhile.
   */
  public long generation() {
    return generation.get();
  }

  public void keep(String address, RenderedPage page, long renderedIn) {
    dropping.readLock().lock();
    try {
      if (renderedIn == generation.get()) {
        keeping(address).put(address, page);
      }
    } finally {
      dropping.readLock().unlock();
    }
  }

  /** Drops what an item's publication or archiving may change. */
  public void dropFor(long itemId) {
    String own = ItemCard.address(itemId);
    dropping.writeLock().lock();
    try {
      generation.incrementAndGet();
      searches.invalidateAll();
      pages
          .asMap()
          .entrySet()
          .removeIf(
              kept ->
                  ItemAddress.itemPage(kept.getKey()).isEmpty()
                      || kept.getKey().equals(own)
                      || kept.getValue().links(own));
    } finally {
      dropping.writeLock().unlock();
    }
  }
}
