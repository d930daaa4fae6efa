package org.cosqual.cases.application;

import org.cosqual.cases.domain.model.search.SearchPage;

/** Chinese full-text search over the published items the caller may read. */
public interface SearchService {

  int PAGE_SIZE = 10;

  int MAX_QUERY = 100;

  /**
   * One page of hits, the best first (a hit in the title counts more than one in the text). A page
   * before the first is the first, one past the last the last.
   *
   * @throws org.cosqual.personnel.domain.shared.BusinessException without words to search for
   *     (blank or only punctuation) or with more than {@value #MAX_QUERY} characters
   */
  SearchPage search(String words, Shelf shelf, int page);

  /** Rebuilds the index from the database; returns how many items it holds. */
  int rebuildIndex();

  /**
   * At start-up: rebuilds the index when there is none (a new installation, a deleted folder) or it
   * is of an earlier version's form.
   */
  void rebuildIndexIfOutdated();
}
