package org.cosqual.training.domain.model.ledger;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import org.cosqual.personnel.domain.model.person.Person;
import org.cosqual.personnel.domain.shared.BusinessException;
import org.cosqual.personnel.domain.shared.Fields;
import org.cosqual.training.domain.model.course.Course;
import org.cosqual.training.domain.model.requirement.TrainingCategory;

/**
 * One credit of training hours to a person for a calendar year. Only approved entries count; a
 * rejected one stays with its reason, and nothing is deleted.
 */
@Entity
@Table(name = "hour_entry")
public class HourEntry {

  public static final int TITLE_MAX = 200;
  public static final int PROVIDER_MAX = 200;
  public static final int REASON_MAX = 500;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "person_id", nullable = false)
  private Person person;

  @Column(name = "year_no", nullable = false)
  private int year;

  @Column(nullable = false, precision = 5, scale = 1)
  private BigDecimal hours;

  @ManyToOne(optional = false)
  @JoinColumn(name = "category_code", nullable = false)
  private TrainingCategory category;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 24)
  private EntrySource source;

  @Column(nullable = false, length = TITLE_MAX)
  private String title;

  @Column(length = PROVIDER_MAX)
  private String provider;

  @Column(name = "trained_on", nullable = false)
  private LocalDate trainedOn;

  /** The course whose hours these are, if any: a course counts once per person and year. */
  @Column(name = "course_id")
  private Long courseId;

  @Column(name = "evidence_file_id")
  private Long evidenceFileId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private EntryStatus status;

  @Column(name = "reported_by", nullable = false, length = 64)
  private String reportedBy;

  @Column(name = "reported_at", nullable = false)
  private Instant reportedAt;

  @Column(name = "decided_by", length = 64)
  private String decidedBy;

  @Column(name = "decided_at")
  private Instant decidedAt;

  @Column(name = "decision_reason", length = REASON_MAX)
  private String decisionReason;

  @Version private long version;

  protected HourEntry() {}

  private HourEntry(
      Person person,
      Hours hours,
      TrainingCategory category,
      EntrySource source,
      String title,
      String provider,
      LocalDate trainedOn,
      String reportedBy,
      Instant reportedAt) {
    this.person = Objects.requireNonNull(person);
    this.hours = hours.value();
    this.category = Objects.requireNonNull(category);
    this.source = source;
    this.title = Fields.required(title, "training_ledger.title", TITLE_MAX);
    this.provider = Fields.optional(provider, "training_ledger.provider", PROVIDER_MAX);
    if (trainedOn == null) {
      throw new BusinessException("error.field.required", "training_ledger.trainedOn");
    }
    this.trainedOn = trainedOn;
    this.year = trainedOn.getYear();
    this.reportedBy = reportedBy;
    this.reportedAt = reportedAt;
    this.status = EntryStatus.PENDING;
  }

  /**
   * Training elsewhere that a person reports with evidence; it waits for an administrator.
   *
   * @param today a report of a training still to come is refused
   */
  public static HourEntry externalTraining(
      Person person,
      Hours hours,
      TrainingCategory category,
      String title,
      String provider,
      LocalDate trainedOn,
      long evidenceFileId,
      String reportedBy,
      Instant reportedAt,
      LocalDate today) {
    requireTakenPlace(trainedOn, today);
    HourEntry entry =
        new HourEntry(
            person,
            hours,
            category,
            EntrySource.EXTERNAL_TRAINING,
            title,
            provider,
            trainedOn,
            reportedBy,
            reportedAt);
    entry.evidenceFileId = evidenceFileId;
    return entry;
  }

  /**
   * Hours an administrator credits by hand (training whose record was lost, say), approved at once
   * with the reason on record.
   */
  public static HourEntry correction(
      Person person,
      Hours hours,
      TrainingCategory category,
      String title,
      LocalDate trainedOn,
      String reason,
      String by,
      Instant at,
      LocalDate today) {
    requireTakenPlace(trainedOn, today);
    HourEntry entry =
        new HourEntry(
            person, hours, category, EntrySource.MANUAL_CORRECTION, title, null, trainedOn, by, at);
    entry.decide(
        EntryStatus.APPROVED,
        by,
        at,
        Fields.required(reason, "training_ledger.reason", REASON_MAX));
    return entry;
  }

  /**
   * A course's declared hours, credited at once for an attended session or an online completion; a
   * course counts once per person and year, which the ledger's caller checks first.
   */
  public static HourEntry courseCredit(
      Person person,
      Course course,
      EntrySource source,
      LocalDate trainedOn,
      String by,
      Instant at) {
    HourEntry entry =
        new HourEntry(
            person,
            course.getDeclaredHours(),
            course.getCategory(),
            source,
            course.getTitle(),
            course.getProviderName(),
            trainedOn,
            by,
            at);
    entry.courseId = course.getId();
    entry.decide(EntryStatus.APPROVED, by, at, null);
    return entry;
  }

  private static void requireTakenPlace(LocalDate trainedOn, LocalDate today) {
    if (trainedOn != null && trainedOn.isAfter(today)) {
      throw new BusinessException("error.ledger.future", trainedOn);
    }
  }

  public void approve(String by, Instant at) {
    decide(EntryStatus.APPROVED, by, at, null);
  }

  public void reject(String by, Instant at, String reason) {
    decide(
        EntryStatus.REJECTED,
        by,
        at,
        Fields.required(reason, "training_ledger.reason", REASON_MAX));
  }

  private void decide(EntryStatus decision, String by, Instant at, String reason) {
    if (status != EntryStatus.PENDING) {
      throw new BusinessException("error.ledger.decided", "EntryStatus." + status);
    }
    this.status = decision;
    this.decidedBy = by;
    this.decidedAt = at;
    this.decisionReason = reason;
  }

  public boolean isApproved() {
    return status == EntryStatus.APPROVED;
  }

  public Long getId() {
    return id;
  }

  public Person getPerson() {
    return person;
  }

  public int getYear() {
    return year;
  }

  public Hours getHours() {
    return new Hours(hours);
  }

  public TrainingCategory getCategory() {
    return category;
  }

  public EntrySource getSource() {
    return source;
  }

  public String getTitle() {
    return title;
  }

  public String getProvider() {
    return provider;
  }

  public LocalDate getTrainedOn() {
    return trainedOn;
  }

  public Long getCourseId() {
    return courseId;
  }

  public Long getEvidenceFileId() {
    return evidenceFileId;
  }

  public EntryStatus getStatus() {
    return status;
  }

  public String getReportedBy() {
    return reportedBy;
  }

  public Instant getReportedAt() {
    return reportedAt;
  }

  public String getDecidedBy() {
    return decidedBy;
  }

  public Instant getDecidedAt() {
    return decidedAt;
  }

  public String getDecisionReason() {
    return decisionReason;
  }

  public long getVersion() {
    return version;
  }
}
