package org.cosqual.portal.cases;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.cosqual.cases.application.SearchService;
import org.cosqual.cases.application.Shelf;
import org.cosqual.cases.domain.model.search.SearchPage;
import org.cosqual.portal.shell.PageActions;

/**
 * Full-text search, {@code /public/search.xhtml?q=…&kind=…&page=N}: the hits the visitor may read,
 * with their snippets; words the service refuses (too long, only punctuation) give its message.
 */
@Named("publicSearch")
@RequestScoped
public class PublicSearchBacking {

  @Inject SearchService search;
  @Inject ShelfChoices choices;

  private String q;
  private String kind;
  private String page;

  private Shelf shelf = Shelf.all();
  private SearchPage found;

  public void load() {
    shelf = choices.shelf(kind, null, null, null);
    if (q != null && !q.isBlank()) {
      PageActions.attempt(() -> found = search.search(q, shelf, PageWindow.requestedPage(page)));
    }
  }

  public String pageLink(int number) {
    return PublicQuery.of("/public/search.xhtml")
        .with("q", q)
        .with("kind", shelf.kind() == null ? null : shelf.kind().name())
        .with("page", String.valueOf(number))
        .toString();
  }

  /** The page of hits, or null before a search or after a refused one. */
  public SearchPage getFound() {
    return found;
  }

  /** The paging of the hits, as the lists show it. */
  public PageWindow getWindow() {
    return found == null
        ? null
        : new PageWindow(found.page(), found.pageCount(), found.pageSize(), false);
  }

  public List<FilterOption> getKindOptions() {
    return choices.kinds(shelf.kind());
  }

  public String getQ() {
    return q;
  }

  public void setQ(String q) {
    this.q = q;
  }

  public String getKind() {
    return kind;
  }

  public void setKind(String kind) {
    this.kind = kind;
  }

  public String getPage() {
    return page;
  }

  public void setPage(String page) {
    this.page = page;
  }
}
