package org.cosqual.training.domain.model.ledger;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * One person's entries of one year and what they add up to: approved entries only, and a course's
 * hours once, however many of its sessions the person attended.
 */
public final class YearLedger {

  private final List<HourEntry> entries;

  public YearLedger(List<HourEntry> entries) {
    this.entries = List.copyOf(entries);
  }

  public List<HourEntry> entries() {
    return entries;
  }

  /** The approved hours of the categories that count. */
  public Hours countedHours(Predicate<String> categoryCounts) {
    return credited().stream()
        .filter(e -> categoryCounts.test(e.getCategory().getCode()))
        .map(HourEntry::getHours)
        .reduce(Hours.ZERO, Hours::plus);
  }

  /** The approved hours by category code, in the order first met. */
  public Map<String, Hours> hoursByCategory() {
    Map<String, Hours> byCategory = new LinkedHashMap<>();
    for (HourEntry entry : credited()) {
      byCategory.merge(entry.getCategory().getCode(), entry.getHours(), Hours::plus);
    }
    return byCategory;
  }

  /** The approved entries that credit hours: the first of each course, every other one. */
  public List<HourEntry> credited() {
    Set<Long> courses = new HashSet<>();
    return entries.stream()
        .filter(HourEntry::isApproved)
        .filter(e -> e.getCourseId() == null || courses.add(e.getCourseId()))
        .toList();
  }
}
