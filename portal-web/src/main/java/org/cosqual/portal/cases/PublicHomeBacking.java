package org.cosqual.portal.cases;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import org.cosqual.cases.application.ContentService;
import org.cosqual.cases.application.Shelf;
import org.cosqual.cases.domain.model.item.ItemKind;

/** The public home: the latest items of each kind, the most read ones and the search box. */
@Named("publicHome")
@RequestScoped
public class PublicHomeBacking {

  static final int LATEST = 4;
  static final int MOST_READ = 5;

  /** The latest items of one kind; empty kinds are left off the page. */
  public record KindShelf(ItemKind kind, List<ItemCard> items) {}

  @Inject ContentService content;
  @Inject ZoneId zone;

  private List<KindShelf> latest;
  private List<ItemCard> mostRead;

  public List<KindShelf> getLatest() {
    if (latest == null) {
      latest =
          Arrays.stream(ItemKind.values())
              .map(kind -> new KindShelf(kind, cards(kind)))
              .filter(shelf -> !shelf.items().isEmpty())
              .toList();
    }
    return latest;
  }

  private List<ItemCard> cards(ItemKind kind) {
    return content.findPublishedItems(new Shelf(kind, null, null, null), 0, LATEST).stream()
        .map(item -> ItemCard.of(item, zone))
        .toList();
  }

  public List<ItemCard> getMostRead() {
    if (mostRead == null) {
      mostRead =
          content.findMostRead(Shelf.all(), MOST_READ).stream()
              .map(item -> ItemCard.of(item, zone))
              .toList();
    }
    return mostRead;
  }
}
