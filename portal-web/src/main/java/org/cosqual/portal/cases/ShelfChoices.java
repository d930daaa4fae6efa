package org.cosqual.portal.cases;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.cosqual.cases.application.ContentService;
import org.cosqual.cases.application.Shelf;
import org.cosqual.cases.domain.model.item.ItemKind;
import org.cosqual.cases.domain.model.term.ContentTerm;
import org.cosqual.personnel.domain.model.jurisdiction.JurisdictionNode;
import org.cosqual.portal.shell.PageMessages;
import org.cosqual.portal.shell.SessionUser;

/**
 * The reader's filters of the public pages (kind, topic, region, year) as the address gives them,
 * their choices and the names of topics and regions. A value the portal does not know narrows
 * nothing, so an edited address still shows a list.
 */
@RequestScoped
public class ShelfChoices {

  /** How many years back the year filter offers. */
  static final int YEARS = 5;

  @Inject ContentService content;
  @Inject SessionUser user;
  @Inject Clock clock;
  @Inject ZoneId zone;

  private Map<String, String> topics;
  private Map<String, String> regions;

  /**
   * The shelf these address values select. Also gives the view the visitor's language now: a view
   * action runs before {@code f:view} sets it, and its messages would otherwise follow the
   * browser's Accept-Language.
   */
  public Shelf shelf(String kind, String topic, String region, String year) {
    FacesContext.getCurrentInstance().getViewRoot().setLocale(user.getLocale());
    return new Shelf(
        kindOf(kind),
        topic != null && topicNames().containsKey(topic) ? topic : null,
        region != null && regionNames().containsKey(region) ? region : null,
        yearOf(year));
  }

  static ItemKind kindOf(String value) {
    return Arrays.stream(ItemKind.values())
        .filter(k -> k.name().equals(value))
        .findFirst()
        .orElse(null);
  }

  static Integer yearOf(String value) {
    return value != null && value.matches("\\d{4}") ? Integer.valueOf(value) : null;
  }

  public List<FilterOption> kinds(ItemKind selected) {
    return Arrays.stream(ItemKind.values())
        .map(k -> new FilterOption(k.name(), PageMessages.text("ItemKind." + k), k == selected))
        .toList();
  }

  public List<FilterOption> topics(String selected) {
    return options(topicNames(), selected);
  }

  public List<FilterOption> regions(String selected) {
    return options(regionNames(), selected);
  }

  public List<FilterOption> years(Integer selected) {
    int now = LocalDate.now(clock.withZone(zone)).getYear();
    return IntStream.range(0, YEARS)
        .mapToObj(back -> now - back)
        .map(
            y ->
                new FilterOption(
                    String.valueOf(y),
                    String.valueOf(y),
                    y == Objects.requireNonNullElse(selected, 0)))
        .toList();
  }

  private static List<FilterOption> options(Map<String, String> names, String selected) {
    return names.entrySet().stream()
        .map(e -> new FilterOption(e.getKey(), e.getValue(), e.getKey().equals(selected)))
        .toList();
  }

  public String topicName(String code) {
    return topicNames().getOrDefault(code, code);
  }

  public String regionName(String code) {
    return code == null ? "" : regionNames().getOrDefault(code, code);
  }

  /** Topic names by code, in the order the vocabulary keeps. */
  Map<String, String> topicNames() {
    if (topics == null) {
      topics = ordered(content.findTopics(), ContentTerm::getCode, t -> t.nameIn(user.getLocale()));
    }
    return topics;
  }

  Map<String, String> regionNames() {
    if (regions == null) {
      regions =
          ordered(content.findRegions(), JurisdictionNode::getCode, JurisdictionNode::getName);
    }
    return regions;
  }

  private static <T> Map<String, String> ordered(
      List<T> entries, Function<T, String> code, Function<T, String> name) {
    return entries.stream().collect(Collectors.toMap(code, name, (a, b) -> a, LinkedHashMap::new));
  }
}
