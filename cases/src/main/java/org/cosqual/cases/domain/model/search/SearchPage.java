package org.cosqual.cases.domain.model.search;

import java.util.List;

/**
 * One page of hits: {@code page} is the page shown (a page past the last is shown as the last),
 * {@code total} the number of items found.
 */
public record SearchPage(List<SearchHit> hits, long total, int page, int pageSize) {

  public static SearchPage empty(int pageSize) {
    return new SearchPage(List.of(), 0, 1, pageSize);
  }

  public int pageCount() {
    return (int) Math.max(1, (total + pageSize - 1) / pageSize);
  }
}
