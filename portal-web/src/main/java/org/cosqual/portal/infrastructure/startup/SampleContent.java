package org.cosqual.portal.infrastructure.startup;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVRecord;
import org.cosqual.cases.application.ContentService;
import org.cosqual.cases.domain.model.item.CaseParticulars;
import org.cosqual.cases.domain.model.item.CommonProblem;
import org.cosqual.cases.domain.model.item.ContentItem;
import org.cosqual.cases.domain.model.item.HandbookSection;
import org.cosqual.cases.domain.model.item.HandbookType;
import org.cosqual.cases.domain.model.item.ItemContent;
import org.cosqual.cases.domain.model.item.ItemKind;
import org.cosqual.cases.domain.model.item.ProblemStatus;
import org.cosqual.cases.domain.model.item.Visibility;

/**
 * Demo cases, handbooks, Q&A entries and common-problem lists from {@code sample/content.csv}
 * (chapters in {@code handbook-sections.csv}, list lines in {@code common-problems.csv}), written
 * by the row's demo account through the service and taken to the row's state: an association
 * editor's item is submitted and, to be published, approved by the province's administrator; the
 * administrator publishes the regulator's own. An item whose title its account already has is left
 * alone, so a restart adds nothing. Dates are days from the first start.
 */
@ApplicationScoped
public class SampleContent {

  /** Who reviews and publishes the demo items. */
  static final String REVIEWER = "provadmin";

  /** How far a demo item goes. */
  enum State {
    DRAFT,
    IN_REVIEW,
    PUBLISHED
  }

  @Inject DemoCallers callers;
  @Inject ContentService content;
  @Inject Clock clock;
  @Inject ZoneId zone;

  void seed(List<CSVRecord> items, List<CSVRecord> sections, List<CSVRecord> problems) {
    LocalDate today = LocalDate.now(clock.withZone(zone));
    Map<String, Long> ids = new HashMap<>();
    for (CSVRecord row : items) {
      callers.actAs(row.get("account"));
      Optional<ContentItem> seeded =
          content.findMyItems().stream()
              .filter(i -> i.getWorkingVersion().getTitle().equals(row.get("title")))
              .findFirst();
      if (seeded.isPresent()) {
        ids.put(row.get("key"), seeded.get().getId());
        continue;
      }
      ContentItem draft =
          content.draftItem(
              ItemKind.valueOf(row.get("kind")),
              handbookType(row),
              written(row, sections, problems, ids, today));
      ids.put(row.get("key"), draft.getId());
      takeToItsState(row, withAttachment(row, draft));
    }
    callers.actAsSystem();
  }

  /** The row's attachment, a file of {@code sample/}, uploaded under its display name. */
  private ContentItem withAttachment(CSVRecord row, ContentItem draft) {
    if (row.get("attachment").isEmpty()) {
      return draft;
    }
    try (InputStream in =
        SampleContent.class.getResourceAsStream("/sample/" + row.get("attachment"))) {
      long fileId = content.uploadAttachment(row.get("attachmentName"), in).getId();
      return content.attachFile(draft.getId(), draft.getVersion(), fileId);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read sample/" + row.get("attachment"), e);
    }
  }

  private void takeToItsState(CSVRecord row, ContentItem draft) {
    State state = State.valueOf(row.get("state"));
    if (state == State.DRAFT) {
      return;
    }
    if (REVIEWER.equals(row.get("account"))) {
      content.publishItem(draft.getId(), draft.getVersion());
      return;
    }
    ContentItem submitted = content.submitItem(draft.getId(), draft.getVersion(), null);
    if (state == State.PUBLISHED) {
      callers.actAs(REVIEWER);
      content.approveItem(submitted.getId(), submitted.getVersion(), null);
    }
  }

  static HandbookType handbookType(CSVRecord row) {
    return row.get("handbookType").isEmpty() ? null : HandbookType.valueOf(row.get("handbookType"));
  }

  /**
   * What the row's author writes.
   *
   * @param ids the items seeded so far by key, for a Q&A entry's handbook
   */
  static ItemContent written(
      CSVRecord row,
      List<CSVRecord> sections,
      List<CSVRecord> problems,
      Map<String, Long> ids,
      LocalDate today) {
    String key = row.get("key");
    ItemContent written =
        ItemContent.of(
                row.get("title"),
                blankToNull(row.get("summary")),
                blankToNull(row.get("body")),
                Visibility.valueOf(row.get("visibility")))
            .withPlace(blankToNull(row.get("region")), codes(row.get("topics")))
            .withParticulars(particulars(row, today))
            .withChapters(chapters(key, sections))
            .withProblems(blankToNull(row.get("period")), lines(key, problems, today));
    String handbook = row.get("qaHandbook");
    return handbook.isEmpty() ? written : written.withQaHandbook(ids.get(handbook));
  }

  private static CaseParticulars particulars(CSVRecord row, LocalDate today) {
    if (ItemKind.valueOf(row.get("kind")) == ItemKind.QA_ENTRY) {
      return CaseParticulars.legalReferences(blankToNull(row.get("legalBasis")));
    }
    boolean none =
        Arrays.asList("enterprise", "violationType", "legalBasis", "handling", "lessons").stream()
            .allMatch(column -> row.get(column).isEmpty());
    if (none) {
      return null;
    }
    return new CaseParticulars(
        blankToNull(row.get("enterprise")),
        null,
        Boolean.parseBoolean(row.get("anonymised")),
        blankToNull(row.get("violationType")),
        blankToNull(row.get("legalBasis")),
        blankToNull(row.get("handling")),
        blankToNull(row.get("lessons")),
        row.get("caseDate").isEmpty() ? null : today.plusDays(Long.parseLong(row.get("caseDate"))));
  }

  /** The item's chapters in file order, each with its sections. */
  static List<ItemContent.Chapter> chapters(String key, List<CSVRecord> sections) {
    Map<String, List<HandbookSection>> byChapter = new LinkedHashMap<>();
    sections.stream()
        .filter(s -> s.get("item").equals(key))
        .forEach(
            s ->
                byChapter
                    .computeIfAbsent(s.get("chapter"), c -> new ArrayList<>())
                    .add(new HandbookSection(s.get("section"), s.get("body"))));
    return byChapter.entrySet().stream()
        .map(e -> new ItemContent.Chapter(e.getKey(), e.getValue()))
        .toList();
  }

  static List<CommonProblem> lines(String key, List<CSVRecord> problems, LocalDate today) {
    return problems.stream()
        .filter(p -> p.get("item").equals(key))
        .map(
            p ->
                new CommonProblem(
                    p.get("problem"),
                    p.get("category"),
                    Integer.parseInt(p.get("enterpriseCount")),
                    blankToNull(p.get("measures")),
                    today.plusDays(Long.parseLong(p.get("deadlineInDays"))),
                    ProblemStatus.valueOf(p.get("status"))))
        .toList();
  }

  static Set<String> codes(String cell) {
    return Arrays.stream(cell.split(";"))
        .map(String::strip)
        .filter(code -> !code.isEmpty())
        .collect(Collectors.toSet());
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value;
  }
}
