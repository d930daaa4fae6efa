package org.cosqual.cases.domain.model.item;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

public interface ContentItemRepository {

  Optional<ContentItem> find(long id);

  /**
   * Locked for the rest of the transaction, so two reviewers never both decide, and its version
   * raised: a change to a version's text leaves the item's own row alone, yet a form loaded before
   * it must be stale.
   */
  Optional<ContentItem> findForUpdate(long id);

  ContentItem store(ContentItem item);

  /** Published items the filter lets through, the latest first. */
  List<ContentItem> findPublished(ItemFilter filter, int first, int max);

  /** The ids of all published items the filter lets through, the latest first. */
  List<Long> findPublishedIds(ItemFilter filter);

  long countPublished(ItemFilter filter);

  /** Published items of these visibilities, the most viewed first. */
  List<ContentItem> findMostRead(ItemFilter filter, int max);

  /** Published Q&A entries of these visibilities that belong to the Q&A handbook. */
  List<ContentItem> findQaEntries(long handbookId, Set<Visibility> visibilities);

  /** An organisation's own items in every state, the latest first. */
  List<ContentItem> findOwnedBy(long organisationId);

  /**
   * Items waiting for review whose owner lies in the jurisdiction subtree, the longest waiting
   * first.
   */
  List<ContentItem> findInReview(String jurisdictionPath);

  /** The versions that have the stored file as an attachment. */
  List<ItemVersion> findVersionsAttaching(long fileId);

  /** Hands every published item to {@code action}, a batch at a time. */
  void forEachPublished(Consumer<ContentItem> action);

  /** The readings saved for an item, 0 for an unknown one. */
  long savedViews(long id);

  /** Adds readings, without touching the item's version (an editor's form stays current). */
  void addViews(long id, long count);
}
