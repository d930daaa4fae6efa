package org.cosqual.portal.cases;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.ZoneId;
import java.util.List;
import org.cosqual.cases.application.ContentService;
import org.cosqual.cases.application.Shelf;
import org.cosqual.portal.shell.PageMessages;

/**
 * The list of published items, {@code /public/items.xhtml?kind=…&topic=…&region=…&year=…&page=N}:
 * bookmarkable, narrowed by the filters the address gives, one page at a time.
 */
@Named("publicItems")
@RequestScoped
public class PublicItemsBacking {

  static final int PAGE_SIZE = 10;

  @Inject ContentService content;
  @Inject ShelfChoices choices;
  @Inject ZoneId zone;

  private String kind;
  private String topic;
  private String region;
  private String year;
  private String page;

  private Shelf shelf;
  private PageWindow window;
  private long total;
  private List<ItemCard> items = List.of();

  public void load() {
    shelf = choices.shelf(kind, topic, region, year);
    total = content.countPublishedItems(shelf);
    window = PageWindow.of(page, total, PAGE_SIZE);
    if (window.moved() && total > 0) {
      PageMessages.info("public_items.message.pageMoved", page, window.page());
    }
    items =
        content.findPublishedItems(shelf, window.first(), PAGE_SIZE).stream()
            .map(item -> ItemCard.of(item, zone))
            .toList();
  }

  /** The address of another page of the same list. */
  public String pageLink(int number) {
    return PublicQuery.of("/public/items.xhtml")
        .with("kind", shelf.kind() == null ? null : shelf.kind().name())
        .with("topic", shelf.topic())
        .with("region", shelf.regionCode())
        .with("year", shelf.year() == null ? null : shelf.year().toString())
        .with("page", String.valueOf(number))
        .toString();
  }

  public List<FilterOption> getKindOptions() {
    return choices.kinds(shelf.kind());
  }

  public List<FilterOption> getTopicOptions() {
    return choices.topics(shelf.topic());
  }

  public List<FilterOption> getRegionOptions() {
    return choices.regions(shelf.regionCode());
  }

  public List<FilterOption> getYearOptions() {
    return choices.years(shelf.year());
  }

  public List<ItemCard> getItems() {
    return items;
  }

  public long getTotal() {
    return total;
  }

  public PageWindow getWindow() {
    return window;
  }

  public String getKind() {
    return kind;
  }

  public void setKind(String kind) {
    this.kind = kind;
  }

  public String getTopic() {
    return topic;
  }

  public void setTopic(String topic) {
    this.topic = topic;
  }

  public String getRegion() {
    return region;
  }

  public void setRegion(String region) {
    this.region = region;
  }

  public String getYear() {
    return year;
  }

  public void setYear(String year) {
    this.year = year;
  }

  public String getPage() {
    return page;
  }

  public void setPage(String page) {
    this.page = page;
  }
}
