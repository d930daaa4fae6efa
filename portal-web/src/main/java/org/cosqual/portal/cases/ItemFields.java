package org.cosqual.portal.cases;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.cosqual.cases.domain.model.item.CaseParticulars;
import org.cosqual.cases.domain.model.item.ItemContent;
import org.cosqual.cases.domain.model.item.ItemKind;
import org.cosqual.cases.domain.model.item.ItemVersion;
import org.cosqual.cases.domain.model.item.Visibility;

/**
 * What the item form holds for every kind: the common fields, a case's particulars, a Q&A entry's
 * references and handbook, a handbook's chapters and a common-problem list's period and lines. It
 * turns into the {@link ItemContent} the service takes; a Q&A entry's question is the item's title
 * and its answer the body.
 */
public class ItemFields implements Serializable {

  private static final long serialVersionUID = 1L;

  private String title;
  private String summary;
  private String body;
  private Visibility visibility = Visibility.PUBLIC;
  private String regionCode;
  private List<String> topics = new ArrayList<>();
  private String enterpriseName;
  private boolean anonymised;
  private String violationType;
  private String legalBasis;
  private String handling;
  private String lessons;
  private LocalDate caseDate;
  private Long qaHandbookId;
  private String period;
  private final List<ChapterRow> chapters = new ArrayList<>();
  private final List<ProblemRow> problems = new ArrayList<>();

  /** An empty form for a new item of the kind, with the first chapter or line to fill in. */
  public static ItemFields blank(ItemKind kind) {
    ItemFields fields = new ItemFields();
    if (kind == ItemKind.HANDBOOK) {
      fields.addChapter();
    } else if (kind == ItemKind.COMMON_PROBLEMS) {
      fields.addProblem();
    }
    return fields;
  }

  /** The form filled from a version, to revise it. */
  public static ItemFields of(ItemVersion version) {
    ItemFields fields = new ItemFields();
    fields.title = version.getTitle();
    fields.summary = version.getSummary();
    fields.body = version.getBody();
    fields.visibility = version.getVisibility();
    fields.regionCode = version.getRegionCode();
    fields.topics = new ArrayList<>(version.getTopics());
    CaseParticulars particulars = version.getParticulars();
    if (particulars != null) {
      fields.enterpriseName = particulars.getEnterpriseName();
      fields.anonymised = particulars.isAnonymised();
      fields.violationType = particulars.getViolationType();
      fields.legalBasis = particulars.getLegalBasis();
      fields.handling = particulars.getHandling();
      fields.lessons = particulars.getLessons();
      fields.caseDate = particulars.getCaseDate();
    }
    fields.qaHandbookId = version.getQaHandbookId();
    fields.period = version.getPeriod();
    version.getChapters().forEach(c -> fields.chapters.add(ChapterRow.of(c)));
    version.getProblems().forEach(p -> fields.problems.add(ProblemRow.of(p)));
    return fields;
  }

  /** What the service takes for an item of the kind; fields of other kinds are left out. */
  public ItemContent toContent(ItemKind kind) {
    ItemContent content =
        ItemContent.of(title, summary, body, visibility)
            .withPlace(blankToNull(regionCode), new LinkedHashSet<>(topics));
    return switch (kind) {
      case BENCHMARK_CASE, TYPICAL_CASE -> content.withParticulars(particulars(kind));
      case QA_ENTRY ->
          content
              .withParticulars(CaseParticulars.legalReferences(legalBasis))
              .withQaHandbook(qaHandbookId);
      case HANDBOOK -> content.withChapters(chapters.stream().map(ChapterRow::toChapter).toList());
      case COMMON_PROBLEMS ->
          content.withProblems(period, problems.stream().map(ProblemRow::toProblem).toList());
    };
  }

  private CaseParticulars particulars(ItemKind kind) {
    boolean typical = kind == ItemKind.TYPICAL_CASE;
    return new CaseParticulars(
        enterpriseName,
        null,
        anonymised,
        typical ? violationType : null,
        typical ? legalBasis : null,
        typical ? handling : null,
        typical ? lessons : null,
        caseDate);
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text;
  }

  public void addChapter() {
    chapters.add(ChapterRow.empty());
  }

  public void removeChapter(int index) {
    chapters.remove(index);
  }

  public void moveChapterUp(int index) {
    Rows.moveUp(chapters, index);
  }

  public void moveChapterDown(int index) {
    Rows.moveDown(chapters, index);
  }

  public void addProblem() {
    problems.add(new ProblemRow());
  }

  public void removeProblem(int index) {
    problems.remove(index);
  }

  public List<ChapterRow> getChapters() {
    return chapters;
  }

  public List<ProblemRow> getProblems() {
    return problems;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public String getSummary() {
    return summary;
  }

  public void setSummary(String summary) {
    this.summary = summary;
  }

  public String getBody() {
    return body;
  }

  public void setBody(String body) {
    this.body = body;
  }

  public Visibility getVisibility() {
    return visibility;
  }

  public void setVisibility(Visibility visibility) {
    this.visibility = visibility;
  }

  public String getRegionCode() {
    return regionCode;
  }

  public void setRegionCode(String regionCode) {
    this.regionCode = regionCode;
  }

  public List<String> getTopics() {
    return topics;
  }

  public void setTopics(List<String> topics) {
    this.topics = topics == null ? new ArrayList<>() : new ArrayList<>(topics);
  }

  public String getEnterpriseName() {
    return enterpriseName;
  }

  public void setEnterpriseName(String enterpriseName) {
    this.enterpriseName = enterpriseName;
  }

  public boolean isAnonymised() {
    return anonymised;
  }

  public void setAnonymised(boolean anonymised) {
    this.anonymised = anonymised;
  }

  public String getViolationType() {
    return violationType;
  }

  public void setViolationType(String violationType) {
    this.violationType = violationType;
  }

  public String getLegalBasis() {
    return legalBasis;
  }

  public void setLegalBasis(String legalBasis) {
    this.legalBasis = legalBasis;
  }

  public String getHandling() {
    return handling;
  }

  public void setHandling(String handling) {
    this.handling = handling;
  }

  public String getLessons() {
    return lessons;
  }

  public void setLessons(String lessons) {
    this.lessons = lessons;
  }

  public LocalDate getCaseDate() {
    return caseDate;
  }

  public void setCaseDate(LocalDate caseDate) {
    this.caseDate = caseDate;
  }

  public Long getQaHandbookId() {
    return qaHandbookId;
  }

  public void setQaHandbookId(Long qaHandbookId) {
    this.qaHandbookId = qaHandbookId;
  }

  public String getPeriod() {
    return period;
  }

  public void setPeriod(String period) {
    this.period = period;
  }
}
