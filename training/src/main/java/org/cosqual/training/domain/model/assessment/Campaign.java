package org.cosqual.training.domain.model.assessment;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.cosqual.personnel.domain.model.appointment.KeyPosition;
import org.cosqual.personnel.domain.shared.BusinessException;
import org.cosqual.training.domain.model.course.Course;

/**
 * An annual assessment (年度考核) of the holders of some key positions at the enterprises of a
 * jurisdiction, the quiz of a course, or a practice set: its paper rule, time limit, window, pass
 * mark and the attempts each person has. Opening an annual assessment enrols its people; a course
 * quiz or a practice set enrols each learner at their first start. Once open, its terms are fixed.
 */
@Entity
@Table(name = "assessment_campaign")
public class Campaign {

  public static final int TITLE_MAX = 120;
  public static final int TIME_LIMIT_MAX = 600;
  public static final int ATTEMPTS_MAX = 10;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private CampaignKind kind;

  /** The course whose quiz it is; none for an annual assessment. */
  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "course_id")
  private Course course;

  @Column(nullable = false, length = TITLE_MAX)
  private String title;

  @Column(name = "year_no", nullable = false)
  private int year;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(
      name = "assessment_campaign_position",
      joinColumns = @JoinColumn(name = "campaign_id"))
  @Column(name = "position_code", nullable = false, length = 32)
  private Set<String> positionCodes = new TreeSet<>();

  @OneToOne(optional = false, cascade = CascadeType.ALL, fetch = FetchType.EAGER)
  @JoinColumn(name = "rule_id", nullable = false)
  private PaperRule rule;

  @Column(name = "time_limit_minutes", nullable = false)
  private int timeLimitMinutes;

  @Column(name = "opens_on", nullable = false)
  private LocalDate opensOn;

  @Column(name = "closes_on", nullable = false)
  private LocalDate closesOn;

  @Column(name = "pass_mark", nullable = false)
  private int passMark;

  @Column(name = "attempts_allowed", nullable = false)
  private int attemptsAllowed;

  @Column(name = "show_answers", nullable = false)
  private boolean showAnswers;

  /** The subtree whose enterprises' people take it: the opening administrator's. */
  @Column(name = "jurisdiction_path", nullable = false)
  private String jurisdictionPath;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private CampaignStatus status;

  @Column(name = "created_by", nullable = false, length = 64)
  private String createdBy;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "opened_by", length = 64)
  private String openedBy;

  @Column(name = "opened_at")
  private Instant openedAt;

  @Version private long version;

  protected Campaign() {}

  /**
   * A draft annual assessment of the jurisdiction, its terms checked, its rule checked by the
   * caller.
   */
  public static Campaign define(
      CampaignTerms terms, PaperRule rule, String jurisdictionPath, String by, Instant at) {
    return drafted(CampaignKind.ANNUAL, null, terms, rule, jurisdictionPath, by, at);
  }

  /** A draft practice set (自测练习), for no position: its terms' positions are left aside. */
  public static Campaign definePractice(
      CampaignTerms terms, PaperRule rule, String jurisdictionPath, String by, Instant at) {
    return drafted(CampaignKind.PRACTICE, null, terms, rule, jurisdictionPath, by, at);
  }

  /**
   * A draft quiz of a course taken online that asks for one; it is for no position, so its terms'
   * positions are left aside.
   */
  public static Campaign defineQuiz(
      Course course,
      CampaignTerms terms,
      PaperRule rule,
      String jurisdictionPath,
      String by,
      Instant at) {
    if (!course.isQuizRequired() || !course.getDelivery().isOnline()) {
      throw new BusinessException("error.quiz.courseAsksNone");
    }
    return drafted(CampaignKind.COURSE_QUIZ, course, terms, rule, jurisdictionPath, by, at);
  }

  private static Campaign drafted(
      CampaignKind kind,
      Course course,
      CampaignTerms terms,
      PaperRule rule,
      String jurisdictionPath,
      String by,
      Instant at) {
    Campaign campaign = new Campaign();
    campaign.kind = kind;
    campaign.course = course;
    campaign.status = CampaignStatus.DRAFT;
    campaign.jurisdictionPath = jurisdictionPath;
    campaign.createdBy = by;
    campaign.createdAt = at;
    campaign.setTerms(terms, rule);
    return campaign;
  }

  /** New terms and rule, while it is a draft. */
  public void revise(CampaignTerms terms, PaperRule newRule) {
    requireDraft();
    setTerms(terms, newRule);
  }

  private void setTerms(CampaignTerms terms, PaperRule newRule) {
    String name = required(terms.title(), "training_campaign.title").strip();
    if (name.isEmpty() || name.length() > TITLE_MAX) {
      throw new BusinessException("error.field.tooLong", "training_campaign.title", TITLE_MAX);
    }
    if (isAnnual() && terms.positions().isEmpty()) {
      throw new BusinessException("error.campaign.positionsRequired");
    }
    int minutes = required(terms.timeLimitMinutes(), "training_campaign.timeLimit");
    if (minutes < 1 || minutes > TIME_LIMIT_MAX) {
      throw new BusinessException("error.campaign.timeLimit", TIME_LIMIT_MAX);
    }
    LocalDate from = required(terms.opensOn(), "training_campaign.opensOn");
    LocalDate to = required(terms.closesOn(), "training_campaign.closesOn");
    if (to.isBefore(from)) {
      throw new BusinessException("error.campaign.window");
    }
    int mark = required(terms.passMark(), "training_campaign.passMark");
    if (mark < 1 || mark > newRule.maxScore()) {
      throw new BusinessException("error.campaign.passMark", newRule.maxScore());
    }
    int attempts = required(terms.attemptsAllowed(), "training_campaign.attempts");
    if (attempts < 1 || attempts > ATTEMPTS_MAX) {
      throw new BusinessException("error.campaign.attempts", ATTEMPTS_MAX);
    }
    this.title = name;
    this.year = required(terms.year(), "training_campaign.year");
    this.positionCodes =
        !isAnnual()
            ? new TreeSet<>()
            : terms.positions().stream()
                .map(KeyPosition::code)
                .collect(Collectors.toCollection(TreeSet::new));
    this.rule = newRule;
    this.timeLimitMinutes = minutes;
    this.opensOn = from;
    this.closesOn = to;
    this.passMark = mark;
    this.attemptsAllowed = attempts;
    this.showAnswers = terms.showAnswers();
  }

  private static <T> T required(T value, String labelKey) {
    if (value == null) {
      throw new BusinessException("error.field.required", labelKey);
    }
    return value;
  }

  /** Opens it for its people; refused once its window has passed. */
  public void open(String by, Instant at, LocalDate today) {
    requireDraft();
    if (closesOn.isBefore(today)) {
      throw new BusinessException("error.campaign.windowPassed");
    }
    status = CampaignStatus.OPEN;
    openedBy = by;
    openedAt = at;
  }

  private void requireDraft() {
    if (status != CampaignStatus.DRAFT) {
      throw new BusinessException("error.campaign.notDraft");
    }
  }

  /** Refuses a start on a day outside its window, or before it opened. */
  public void requireStartable(LocalDate today) {
    if (status != CampaignStatus.OPEN || today.isBefore(opensOn) || today.isAfter(closesOn)) {
      throw new BusinessException("error.attempt.outsideWindow", opensOn, closesOn);
    }
  }

  /** When an attempt started at the instant ends: at its time limit, or when the window closes. */
  public Instant deadlineOf(Instant start, ZoneId zone) {
    Instant limit = start.plus(Duration.ofMinutes(timeLimitMinutes));
    Instant windowEnd = closesOn.plusDays(1).atStartOfDay(zone).toInstant();
    return limit.isBefore(windowEnd) ? limit : windowEnd;
  }

  public boolean appliesTo(KeyPosition position) {
    return positionCodes.contains(position.code());
  }

  /** Whether an enterprise of the jurisdiction path is in its scope. */
  public boolean covers(String enterpriseJurisdictionPath) {
    return enterpriseJurisdictionPath.startsWith(jurisdictionPath);
  }

  /**
   * The part of its people a caller of the subtree follows: the caller's own subtree when it lies
   * inside the campaign's, else (a caller above the campaign) the campaign's whole subtree.
   */
  public String scopeFor(String callerSubtree) {
    return callerSubtree.startsWith(jurisdictionPath) ? callerSubtree : jurisdictionPath;
  }

  public boolean isOpen() {
    return status == CampaignStatus.OPEN;
  }

  public boolean isAnnual() {
    return kind == CampaignKind.ANNUAL;
  }

  public boolean isCourseQuiz() {
    return kind == CampaignKind.COURSE_QUIZ;
  }

  public boolean isPracticeSet() {
    return kind == CampaignKind.PRACTICE;
  }

  public boolean isPassing(int score) {
    return score >= passMark;
  }

  public Long getId() {
    return id;
  }

  public CampaignKind getKind() {
    return kind;
  }

  public Course getCourse() {
    return course;
  }

  public String getTitle() {
    return title;
  }

  public int getYear() {
    return year;
  }

  public Set<KeyPosition> getPositions() {
    return positionCodes.stream().map(KeyPosition::new).collect(Collectors.toSet());
  }

  public PaperRule getRule() {
    return rule;
  }

  public int getTimeLimitMinutes() {
    return timeLimitMinutes;
  }

  public LocalDate getOpensOn() {
    return opensOn;
  }

  public LocalDate getClosesOn() {
    return closesOn;
  }

  public int getPassMark() {
    return passMark;
  }

  public int getAttemptsAllowed() {
    return attemptsAllowed;
  }

  public boolean isShowAnswers() {
    return showAnswers;
  }

  public String getJurisdictionPath() {
    return jurisdictionPath;
  }

  public CampaignStatus getStatus() {
    return status;
  }

  public String getCreatedBy() {
    return createdBy;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public String getOpenedBy() {
    return openedBy;
  }

  public Instant getOpenedAt() {
    return openedAt;
  }

  public long getVersion() {
    return version;
  }
}
