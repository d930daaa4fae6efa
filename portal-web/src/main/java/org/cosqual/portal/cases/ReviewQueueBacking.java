package org.cosqual.portal.cases;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.cosqual.cases.application.ContentService;
import org.cosqual.cases.application.SearchService;
import org.cosqual.cases.domain.model.item.ContentItem;
import org.cosqual.portal.shell.PageActions;
import org.cosqual.portal.shell.PageMessages;

/**
 * The items waiting for a regulator administrator's review in their jurisdiction subtree, and the
 * rebuilding of the search index from the database.
 */
@Named("reviewQueue")
@RequestScoped
public class ReviewQueueBacking {

  @Inject ContentService content;
  @Inject SearchService search;

  private List<ContentItem> items;

  public List<ContentItem> getItems() {
    if (items == null) {
      items = content.findItemsInReview();
    }
    return items;
  }

  public void rebuildIndex() {
    int[] count = new int[1];
    if (PageActions.attempt(() -> count[0] = search.rebuildIndex())) {
      PageMessages.info("cases_review.message.rebuilt", count[0]);
    }
  }
}
