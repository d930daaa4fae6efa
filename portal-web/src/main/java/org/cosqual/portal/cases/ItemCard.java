package org.cosqual.portal.cases;

import java.time.LocalDate;
import java.time.ZoneId;
import org.cosqual.cases.domain.model.item.ContentItem;
import org.cosqual.cases.domain.model.item.ItemKind;
import org.cosqual.cases.domain.model.item.ItemVersion;

/** A published item as a list shows it: what its readable address, title and date need. */
public record ItemCard(
    long id,
    ItemKind kind,
    String title,
    String summary,
    String source,
    LocalDate publishedOn,
    long viewCount) {

  public static ItemCard of(ContentItem item, ZoneId zone) {
    ItemVersion version = item.getPublishedVersion().orElseThrow();
    return new ItemCard(
        item.getId(),
        item.getKind(),
        version.getTitle(),
        version.getSummary(),
        item.getSourceName(),
        LocalDate.ofInstant(item.getFirstPublishedAt(), zone),
        item.getViewCount());
  }

  /** The item's readable address under the portal's context path. */
  public static String address(long itemId) {
    return PublicItemServlet.PATH + itemId;
  }

  public String getAddress() {
    return address(id);
  }
}
