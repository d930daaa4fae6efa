package org.cosqual.cases.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;
import org.cosqual.cases.application.SearchService;
import org.cosqual.cases.application.Shelf;
import org.cosqual.cases.domain.model.item.ContentItemRepository;
import org.cosqual.cases.domain.model.search.IndexedItem;
import org.cosqual.cases.domain.model.search.SearchIndex;
import org.cosqual.cases.domain.model.search.SearchPage;
import org.cosqual.cases.domain.model.search.SearchQuery;
import org.cosqual.personnel.application.AuditTrail;
import org.cosqual.personnel.application.Caller;
import org.cosqual.personnel.domain.model.account.Permission;
import org.cosqual.personnel.domain.model.audit.AuditAction;
import org.cosqual.personnel.domain.model.audit.AuditRecord;
import org.cosqual.personnel.domain.shared.BusinessException;

@ApplicationScoped
@Transactional
public class DefaultSearchService implements SearchService {

  private static final Logger LOG = Logger.getLogger(DefaultSearchService.class.getName());

  @Inject SearchIndex index;
  @Inject ContentItemRepository items;
  @Inject ContentAccess access;
  @Inject Regions regions;
  @Inject AuditTrail audit;
  @Inject Caller caller;

  @Override
  public SearchPage search(String words, Shelf shelf, int page) {
    String text = words == null ? "" : words.strip();
    if (text.isEmpty()) {
      throw new BusinessException("error.search.noWords");
    }
    if (text.codePointCount(0, text.length()) > MAX_QUERY) {
      throw new BusinessException("error.search.tooLong", MAX_QUERY);
    }
    return index.search(
        new SearchQuery(
            text,
            shelf.kind(),
            shelf.topic(),
            regions.within(shelf.regionCode()),
            shelf.year(),
            page,
            PAGE_SIZE,
            access.readable()));
  }

  @Override
  public int rebuildIndex() {
    caller.require(Permission.CONTENT_PUBLISH);
    int count = rebuild();
    audit.append(
        new AuditRecord(
            caller.name(),
            AuditAction.SEARCH_INDEX_REBUILT,
            "search-index",
            String.valueOf(count),
            caller.remoteAddress()));
    return count;
  }

  @Override
  public void rebuildIndexIfOutdated() {
    if (!index.isCurrent()) {
      int count = rebuild();
      LOG.info(
          () ->
              "No search index of this version was found; built one of "
                  + count
                  + " published items");
    }
  }

  private int rebuild() {
    AtomicInteger count = new AtomicInteger();
    index.rebuild(
        add ->
            items.forEachPublished(
                item -> {
                  add.accept(IndexedItem.of(item));
                  count.incrementAndGet();
                }));
    return count.get();
  }
}
