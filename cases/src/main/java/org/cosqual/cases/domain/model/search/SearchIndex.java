package org.cosqual.cases.domain.model.search;

import java.util.function.Consumer;

/** The full-text index of published items. */
public interface SearchIndex {

  /** Adds the item, or replaces what the index held of it. */
  void put(IndexedItem item);

  void remove(long itemId);

  /**
   * Replaces the whole index with the items {@code source} hands, one by one, to the consumer it is
   * given; readers keep the old index until the new one is complete.
   */
  void rebuild(Consumer<Consumer<IndexedItem>> source);

  /**
   * Whether the index exists on disk in the form this version writes (a fresh installation or a
   * deleted folder has none; an older version's index is of another form).
   */
  boolean isCurrent();

  /**
   * @throws org.cosqual.personnel.domain.shared.BusinessException when the words cannot be searched
   *     for (only punctuation, too long)
   */
  SearchPage search(SearchQuery query);
}
