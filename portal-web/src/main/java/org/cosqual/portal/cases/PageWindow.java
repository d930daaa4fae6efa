package org.cosqual.portal.cases;

/**
 * The page of a list a reader asked for, kept within the pages there are: a page before the first
 * is the first, one past the last the last ({@code moved} then says so).
 *
 * @param page the page shown, from 1
 * @param pageCount at least 1, even for an empty list
 */
public record PageWindow(int page, int pageCount, int pageSize, boolean moved) {

  public static PageWindow of(String requested, long total, int pageSize) {
    int asked = requestedPage(requested);
    int count = (int) Math.max(1, (total + pageSize - 1) / pageSize);
    int page = Math.min(Math.max(1, asked), count);
    return new PageWindow(page, count, pageSize, page != asked);
  }

  /** The page number in an address; anything that is not one (absent, "abc") asks for page 1. */
  public static int requestedPage(String requested) {
    if (requested == null || !requested.strip().matches("-?\\d{1,9}")) {
      return 1;
    }
    return Integer.parseInt(requested.strip());
  }

  /** The offset of the page's first row. */
  public int first() {
    return (page - 1) * pageSize;
  }

  public boolean hasPrevious() {
    return page > 1;
  }

  public boolean hasNext() {
    return page < pageCount;
  }
}
