package org.cosqual.cases.domain.model.search;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Set;
import org.cosqual.cases.domain.model.item.ContentItem;
import org.cosqual.cases.domain.model.item.HandbookChapter;
import org.cosqual.cases.domain.model.item.HandbookSection;
import org.cosqual.cases.domain.model.item.ItemKind;
import org.cosqual.cases.domain.model.item.ItemVersion;
import org.cosqual.cases.domain.model.item.Visibility;
import org.cosqual.cases.domain.model.text.PlainText;

/** What the index keeps of an item's published version. */
public record IndexedItem(
    long id,
    ItemKind kind,
    Visibility visibility,
    String title,
    String text,
    Set<String> topics,
    String regionCode,
    int year,
    Instant publishedAt) {

  /** The zone whose calendar year an item's first publication falls in. */
  public static final ZoneId PROVINCE_ZONE = ZoneId.of("Asia/Shanghai");

  public static IndexedItem of(ContentItem item) {
    ItemVersion version = item.getPublishedVersion().orElseThrow();
    return new IndexedItem(
        item.getId(),
        item.getKind(),
        version.getVisibility(),
        version.getTitle(),
        text(version),
        version.getTopics(),
        version.getRegionCode(),
        item.getFirstPublishedAt().atZone(PROVINCE_ZONE).getYear(),
        version.getPublishedAt());
  }

  /** Everything a reader may search for besides the title. */
  private static String text(ItemVersion version) {
    StringBuilder text = new StringBuilder();
    append(text, version.getSummary());
    append(text, PlainText.of(version.getBody()));
    if (version.getParticulars() != null) {
      append(text, version.getParticulars().getEnterpriseNameShown());
      append(text, version.getParticulars().getViolationType());
      append(text, version.getParticulars().getLegalBasis());
      append(text, PlainText.of(version.getParticulars().getHandling()));
      append(text, PlainText.of(version.getParticulars().getLessons()));
    }
    for (HandbookChapter chapter : version.getChapters()) {
      append(text, chapter.getTitle());
      for (HandbookSection section : chapter.getSections()) {
        append(text, section.getTitle());
        append(text, PlainText.of(section.getBody()));
      }
    }
    append(text, version.getPeriod());
    version.getProblems().forEach(p -> append(text, p.getProblem() + "\n" + p.getMeasures()));
    return text.toString();
  }

  private static void append(StringBuilder text, String part) {
    if (part != null && !part.isBlank()) {
      text.append(part).append('\n');
    }
  }
}
