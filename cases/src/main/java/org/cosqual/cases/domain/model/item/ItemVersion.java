package org.cosqual.cases.domain.model.item;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.cosqual.cases.domain.model.text.RichText;
import org.cosqual.personnel.domain.shared.BusinessException;
import org.cosqual.personnel.domain.shared.Fields;

/**
 * One version (v1, v2 …) of an item, taken as a whole: what readers see once it is published. Only
 * the item's working version changes, and only until it is submitted for review.
 */
@Entity
@Table(name = "content_version")
public class ItemVersion {

  public static final int TITLE_MAX = 200;
  public static final int SUMMARY_MAX = 1000;
  public static final int CHANGE_SUMMARY_MAX = 500;
  public static final int PERIOD_MAX = 60;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "item_id", nullable = false)
  private ContentItem item;

  @Column(name = "version_no", nullable = false)
  private int number;

  @Column(nullable = false, length = TITLE_MAX)
  private String title;

  @Column(length = SUMMARY_MAX)
  private String summary;

  @Lob
  @Column(name = "body")
  private String body;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private Visibility visibility;

  @Column(name = "region_code", length = 12)
  private String regionCode;

  @ElementCollection
  @CollectionTable(name = "content_version_topic", joinColumns = @JoinColumn(name = "version_id"))
  @Column(name = "topic_code", length = 32)
  private Set<String> topics = new LinkedHashSet<>();

  @Embedded private CaseParticulars particulars;

  @Column(name = "qa_handbook_id")
  private Long qaHandbookId;

  @Column(name = "list_period", length = PERIOD_MAX)
  private String period;

  @OneToMany(mappedBy = "version", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("position")
  private List<HandbookChapter> chapters = new ArrayList<>();

  @ElementCollection
  @CollectionTable(name = "common_problem", joinColumns = @JoinColumn(name = "version_id"))
  @OrderColumn(name = "position")
  private List<CommonProblem> problems = new ArrayList<>();

  @ElementCollection
  @CollectionTable(name = "content_attachment", joinColumns = @JoinColumn(name = "version_id"))
  @OrderColumn(name = "position")
  private List<Attachment> attachments = new ArrayList<>();

  @Column(name = "change_summary", length = CHANGE_SUMMARY_MAX)
  private String changeSummary;

  @Column(name = "written_by", nullable = false, length = 64)
  private String writtenBy;

  @Column(name = "written_at", nullable = false)
  private Instant writtenAt;

  @Column(name = "published_at")
  private Instant publishedAt;

  protected ItemVersion() {}

  ItemVersion(ContentItem item, int number, String by, Instant at) {
    this.item = item;
    this.number = number;
    this.writtenBy = by;
    this.writtenAt = at;
  }

  /** The next version, starting as a copy of this one (attachments included). */
  ItemVersion successor(String by, Instant at) {
    ItemVersion next = new ItemVersion(item, number + 1, by, at);
    next.title = title;
    next.summary = summary;
    next.body = body;
    next.visibility = visibility;
    next.regionCode = regionCode;
    next.topics = new LinkedHashSet<>(topics);
    next.particulars = particulars;
    next.qaHandbookId = qaHandbookId;
    next.period = period;
    next.problems = new ArrayList<>(problems);
    next.attachments = new ArrayList<>(attachments);
    for (HandbookChapter chapter : chapters) {
      next.chapters.add(
          new HandbookChapter(
              next, chapter.getPosition(), chapter.getTitle(), chapter.getSections()));
    }
    return next;
  }

  /** Takes what the editor wrote, checked for the item's kind, its rich text sanitised. */
  void write(ItemKind kind, ItemContent content, String change, String by, Instant at) {
    Set<Long> images = imageIds();
    this.title = Fields.required(content.title(), "cases_item.title", TITLE_MAX);
    this.summary = Fields.optional(content.summary(), "cases_item.summary", SUMMARY_MAX);
    this.body = richText(content.body(), "cases_item.body", images);
    if (content.visibility() == null) {
      throw new BusinessException("error.field.required", "cases_item.visibility");
    }
    this.visibility = content.visibility();
    this.regionCode = content.regionCode();
    this.topics = new LinkedHashSet<>(content.topics());
    this.particulars = content.particulars() == null ? null : content.particulars().checked(images);
    this.qaHandbookId = kind == ItemKind.QA_ENTRY ? content.qaHandbookId() : null;
    this.changeSummary = Fields.optional(change, "cases_item.changeSummary", CHANGE_SUMMARY_MAX);
    this.writtenBy = by;
    this.writtenAt = at;
    writeChapters(kind == ItemKind.HANDBOOK ? content.chapters() : List.of(), images);
    writeProblems(kind, content);
    requireWhatTheKindNeeds(kind);
  }

  /**
   * Rewrites the chapters in place, position by position: new rows for the same positions would be
   * inserted before the old ones are deleted, against the unique (version, position).
   */
  private void writeChapters(List<ItemContent.Chapter> written, Set<Long> images) {
    for (int position = 0; position < written.size(); position++) {
      ItemContent.Chapter chapter = written.get(position);
      if (chapter.sections().isEmpty()) {
        throw new BusinessException("error.handbook.emptyChapter", chapter.title());
      }
      String title =
          Fields.required(chapter.title(), "cases_item.chapterTitle", HandbookChapter.TITLE_MAX);
      List<HandbookSection> sections =
          chapter.sections().stream().map(s -> s.checked(images)).toList();
      if (position < chapters.size()) {
        chapters.get(position).rewrite(title, sections);
      } else {
        chapters.add(new HandbookChapter(this, position, title, sections));
      }
    }
    while (chapters.size() > written.size()) {
      chapters.remove(chapters.size() - 1);
    }
  }

  private void writeProblems(ItemKind kind, ItemContent content) {
    problems.clear();
    period = null;
    if (kind == ItemKind.COMMON_PROBLEMS) {
      period = Fields.required(content.period(), "cases_item.period", PERIOD_MAX);
      content.problems().stream().map(CommonProblem::checked).forEach(problems::add);
    }
  }

  private void requireWhatTheKindNeeds(ItemKind kind) {
    switch (kind) {
      case HANDBOOK -> {
        if (chapters.isEmpty()) {
          throw new BusinessException("error.handbook.noChapters");
        }
      }
      case COMMON_PROBLEMS -> {
        if (problems.isEmpty()) {
          throw new BusinessException("error.commonProblems.empty");
        }
      }
      default -> {
        if (body.isEmpty()) {
          throw new BusinessException("error.field.required", "cases_item.body");
        }
      }
    }
  }

  /** Sanitised rich text, refused when even the sanitised text is too long. */
  static String richText(String html, String labelKey, Set<Long> imageIds) {
    if (html != null && html.length() > RichText.MAX_LENGTH * 2) {
      throw new BusinessException("error.field.tooLong", labelKey, RichText.MAX_LENGTH);
    }
    String clean = RichText.sanitise(html, imageIds);
    if (clean.length() > RichText.MAX_LENGTH) {
      throw new BusinessException("error.field.tooLong", labelKey, RichText.MAX_LENGTH);
    }
    return clean;
  }

  void attach(Attachment attachment) {
    if (attachments.stream().noneMatch(a -> a.getFileId() == attachment.getFileId())) {
      attachments.add(attachment);
    }
  }

  void markPublished(Instant at) {
    this.publishedAt = at;
  }

  /** The stored images this version's rich text may show. */
  public Set<Long> imageIds() {
    return attachments.stream()
        .filter(Attachment::isImage)
        .map(Attachment::getFileId)
        .collect(Collectors.toSet());
  }

  public boolean hasAttachment(long fileId) {
    return attachments.stream().anyMatch(a -> a.getFileId() == fileId);
  }

  public Long getId() {
    return id;
  }

  public ContentItem getItem() {
    return item;
  }

  public int getNumber() {
    return number;
  }

  public String getTitle() {
    return title;
  }

  public String getSummary() {
    return summary;
  }

  public String getBody() {
    return body;
  }

  public Visibility getVisibility() {
    return visibility;
  }

  public String getRegionCode() {
    return regionCode;
  }

  public Set<String> getTopics() {
    return Set.copyOf(topics);
  }

  public CaseParticulars getParticulars() {
    return particulars;
  }

  public Long getQaHandbookId() {
    return qaHandbookId;
  }

  public String getPeriod() {
    return period;
  }

  public List<HandbookChapter> getChapters() {
    return List.copyOf(chapters);
  }

  public List<CommonProblem> getProblems() {
    return List.copyOf(problems);
  }

  public List<Attachment> getAttachments() {
    return List.copyOf(attachments);
  }

  public String getChangeSummary() {
    return changeSummary;
  }

  public String getWrittenBy() {
    return writtenBy;
  }

  public Instant getWrittenAt() {
    return writtenAt;
  }

  public Instant getPublishedAt() {
    return publishedAt;
  }
}
