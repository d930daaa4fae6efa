package org.cosqual.cases.domain.model.item;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.cosqual.cases.domain.model.text.PlainText;
import org.cosqual.cases.domain.model.text.TextDiff;

/**
 * What changed between two versions of an item, part by part: a handbook's sections (matched by
 * chapter and section title), or an item's title, summary and body, each added, removed, changed or
 * the same, with the text diff of a changed part.
 */
public final class VersionDiff {

  /** How a part fared between the two versions. */
  public enum Change {
    ADDED,
    REMOVED,
    CHANGED,
    SAME
  }

  /**
   * One part: {@code chapter} and {@code section} are a handbook's titles; for the fields of other
   * items {@code section} is the field's label key and {@code chapter} is null.
   */
  public record Part(String chapter, String section, Change change, List<TextDiff.Segment> text) {}

  private VersionDiff() {}

  public static List<Part> between(ItemVersion older, ItemVersion newer) {
    Map<List<String>, String> before = parts(older);
    Map<List<String>, String> after = parts(newer);
    List<Part> diff = new ArrayList<>();
    for (Map.Entry<List<String>, String> part : after.entrySet()) {
      String old = before.get(part.getKey());
      Change change =
          old == null ? Change.ADDED : old.equals(part.getValue()) ? Change.SAME : Change.CHANGED;
      diff.add(part(part.getKey(), change, old == null ? "" : old, part.getValue()));
    }
    before.forEach(
        (key, text) -> {
          if (!after.containsKey(key)) {
            diff.add(part(key, Change.REMOVED, text, ""));
          }
        });
    return diff;
  }

  private static Part part(List<String> key, Change change, String before, String after) {
    return new Part(key.get(0), key.get(1), change, TextDiff.between(before, after));
  }

  /** The comparable parts of a version in reading order, keyed by (chapter, section). */
  private static Map<List<String>, String> parts(ItemVersion version) {
    Map<List<String>, String> parts = new LinkedHashMap<>();
    if (version.getItem().getKind() == ItemKind.HANDBOOK) {
      for (HandbookChapter chapter : version.getChapters()) {
        for (HandbookSection section : chapter.getSections()) {
          parts.put(key(chapter.getTitle(), section.getTitle()), PlainText.of(section.getBody()));
        }
      }
      return parts;
    }
    parts.put(key(null, "cases_item.title"), version.getTitle());
    parts.put(key(null, "cases_item.summary"), Objects.toString(version.getSummary(), ""));
    parts.put(key(null, "cases_item.body"), PlainText.of(version.getBody()));
    CaseParticulars particulars = version.getParticulars();
    if (particulars != null) {
      parts.put(key(null, "cases_item.handling"), PlainText.of(particulars.getHandling()));
      parts.put(key(null, "cases_item.lessons"), PlainText.of(particulars.getLessons()));
    }
    return parts;
  }

  private static List<String> key(String chapter, String section) {
    return java.util.Arrays.asList(chapter, section);
  }
}
