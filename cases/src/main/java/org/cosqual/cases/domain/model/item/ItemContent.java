package org.cosqual.cases.domain.model.item;

import java.util.List;
import java.util.Set;

/**
 * What an editor writes into a version, as submitted by a form: the common fields and the
 * particulars of the item's kind. Rich text is sanitised when a version takes it.
 *
 * @param regionCode the code of a jurisdiction node, or null for the whole province
 * @param topics codes of terms of kind {@code TOPIC}
 * @param qaHandbookId for a Q&A entry, the Q&A handbook it belongs to, if any
 */
public record ItemContent(
    String title,
    String summary,
    String body,
    Visibility visibility,
    String regionCode,
    Set<String> topics,
    CaseParticulars particulars,
    Long qaHandbookId,
    String period,
    List<Chapter> chapters,
    List<CommonProblem> problems) {

  /** A handbook's chapter as written: a title and its sections. */
  public record Chapter(String title, List<HandbookSection> sections) {}

  public ItemContent {
    topics = topics == null ? Set.of() : Set.copyOf(topics);
    chapters = chapters == null ? List.of() : List.copyOf(chapters);
    problems = problems == null ? List.of() : List.copyOf(problems);
  }

  public static ItemContent of(String title, String summary, String body, Visibility visibility) {
    return new ItemContent(
        title, summary, body, visibility, null, Set.of(), null, null, null, List.of(), List.of());
  }

  public ItemContent withPlace(String region, Set<String> topicCodes) {
    return new ItemContent(
        title,
        summary,
        body,
        visibility,
        region,
        topicCodes,
        particulars,
        qaHandbookId,
        period,
        chapters,
        problems);
  }

  public ItemContent withParticulars(CaseParticulars caseParticulars) {
    return new ItemContent(
        title,
        summary,
        body,
        visibility,
        regionCode,
        topics,
        caseParticulars,
        qaHandbookId,
        period,
        chapters,
        problems);
  }

  public ItemContent withQaHandbook(Long handbookId) {
    return new ItemContent(
        title,
        summary,
        body,
        visibility,
        regionCode,
        topics,
        particulars,
        handbookId,
        period,
        chapters,
        problems);
  }

  public ItemContent withChapters(List<Chapter> handbookChapters) {
    return new ItemContent(
        title,
        summary,
        body,
        visibility,
        regionCode,
        topics,
        particulars,
        qaHandbookId,
        period,
        handbookChapters,
        problems);
  }

  public ItemContent withProblems(String listPeriod, List<CommonProblem> listProblems) {
    return new ItemContent(
        title,
        summary,
        body,
        visibility,
        regionCode,
        topics,
        particulars,
        qaHandbookId,
        listPeriod,
        chapters,
        listProblems);
  }
}
