package org.cosqual.training.domain.model.assessment;

import jakarta.persistence.CascadeType;
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
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.LongFunction;
import org.cosqual.personnel.domain.shared.BusinessException;
import org.cosqual.training.domain.model.question.Answer;
import org.cosqual.training.domain.model.question.QuestionVersion;

/**
 * One sitting of a campaign by an enrolled person: the paper drawn for it from its seed, a deadline
 * the server keeps, and the answers saved one by one until it is submitted, by the candidate or by
 * the clock. While it is open it holds its enrolment's id in a unique column, so an enrolment never
 * has two open attempts.
 */
@Entity
@Table(name = "exam_attempt")
public class Attempt {

  /** Answers from two browser sessions this close together count as concurrent sessions. */
  public static final Duration CONCURRENCY_WINDOW = Duration.ofMinutes(2);

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false, fetch = FetchType.EAGER)
  @JoinColumn(name = "enrolment_id", nullable = false)
  private Enrolment enrolment;

  @Column(name = "person_id", nullable = false)
  private long personId;

  @Column(name = "number_no", nullable = false)
  private int number;

  /** A practice attempt (不计入考核): graded at once, counted for nothing, numbered on its own. */
  @Column(nullable = false)
  private boolean practice;

  @Column(nullable = false)
  private long seed;

  @Column(name = "started_at", nullable = false)
  private Instant startedAt;

  @Column(nullable = false)
  private Instant deadline;

  @Column(name = "submitted_at")
  private Instant submittedAt;

  @Enumerated(EnumType.STRING)
  @Column(length = 16)
  private AttemptClosing closing;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 24)
  private AttemptStatus status;

  @Column private Integer score;

  @Column(name = "max_score", nullable = false)
  private int maxScore;

  @Column(name = "open_enrolment_id")
  private Long openEnrolmentId;

  @Column(name = "last_session", length = 64)
  private String lastSession;

  @Column(name = "last_seen_at")
  private Instant lastSeenAt;

  @OneToMany(mappedBy = "attempt", cascade = CascadeType.ALL, fetch = FetchType.LAZY)
  @OrderBy("position")
  private List<AttemptItem> items = new ArrayList<>();

  @Version private long version;

  protected Attempt() {}

  /**
   * Starts the enrolment's next attempt on a paper made from the seed; the questions drawn are
   * marked used through {@code use}, so later revisions leave what the candidate sees unchanged.
   */
  public static Attempt begin(
      Enrolment enrolment,
      long seed,
      Instant now,
      ZoneId zone,
      QuestionPool pool,
      LongFunction<QuestionVersion> use) {
    Campaign campaign = enrolment.getCampaign();
    campaign.requireStartable(LocalDate.ofInstant(now, zone));
    Attempt attempt = new Attempt();
    attempt.number = enrolment.takeAttempt();
    attempt.deadline = campaign.deadlineOf(now, zone);
    attempt.openEnrolmentId = enrolment.getId();
    return attempt.drawn(enrolment, seed, now, pool, use);
  }

  /**
   * A practice attempt on a paper drawn by the campaign's rule, at any time while the campaign is
   * open: it takes none of the attempts allowed, leaves the one open attempt free, and its score
   * counts for nothing.
   */
  public static Attempt practise(
      Enrolment enrolment,
      long seed,
      Instant now,
      QuestionPool pool,
      LongFunction<QuestionVersion> use) {
    Campaign campaign = enrolment.getCampaign();
    if (!campaign.isOpen()) {
      throw new BusinessException(
          "error.attempt.outsideWindow", campaign.getOpensOn(), campaign.getClosesOn());
    }
    Attempt attempt = new Attempt();
    attempt.practice = true;
    attempt.number = enrolment.takePractice();
    attempt.deadline = now.plus(Duration.ofMinutes(campaign.getTimeLimitMinutes()));
    return attempt.drawn(enrolment, seed, now, pool, use);
  }

  private Attempt drawn(
      Enrolment taker,
      long paperSeed,
      Instant now,
      QuestionPool pool,
      LongFunction<QuestionVersion> use) {
    Campaign campaign = taker.getCampaign();
    enrolment = taker;
    personId = taker.getPerson().getId();
    seed = paperSeed;
    startedAt = now;
    status = AttemptStatus.OPEN;
    maxScore = campaign.getRule().maxScore();
    Random random = new Random(paperSeed);
    List<PaperItem> paper = campaign.getRule().makePaper(pool, taker.getPosition(), random);
    // Marked used in the order of their ids, whatever the paper's order: candidates starting at
    // once then take the questions' locks in one order and never wait for each other in a circle.
    Map<Long, QuestionVersion> used = new TreeMap<>();
    paper.stream().map(PaperItem::questionId).sorted().forEach(id -> used.put(id, use.apply(id)));
    for (PaperItem item : paper) {
      items.add(
          new AttemptItem(this, items.size(), used.get(item.questionId()), item.points(), random));
    }
    return this;
  }

  /** Saves an answer to one of its questions while it is open and its time has not run out. */
  public void answer(AttemptItem item, Answer shown, Instant now) {
    requireAnswerable(now);
    if (!item.belongsTo(this)) {
      throw new BusinessException("error.attempt.noSuchQuestion");
    }
    item.record(shown, now);
  }

  private void requireAnswerable(Instant now) {
    if (status != AttemptStatus.OPEN) {
      throw new BusinessException("error.attempt.submitted");
    }
    if (isExpired(now)) {
      throw new BusinessException("error.attempt.timeUp");
    }
  }

  /** Whether it is open with its time run out, for the clock to submit. */
  public boolean isExpired(Instant now) {
    return status == AttemptStatus.OPEN && !now.isBefore(deadline);
  }

  public boolean isOpen() {
    return status == AttemptStatus.OPEN;
  }

  public boolean isGraded() {
    return status == AttemptStatus.GRADED;
  }

  /**
   * Closes it with the answers saved and grades what can be graded at once; the score is final, and
   * counts for the enrolment, when no short answer waits for a regulator.
   */
  public void submit(Instant now, AttemptClosing how) {
    if (status != AttemptStatus.OPEN) {
      throw new BusinessException("error.attempt.submitted");
    }
    submittedAt = how == AttemptClosing.EXPIRED ? deadline : now;
    closing = how;
    openEnrolmentId = null;
    items.forEach(item -> item.grade(practice));
    status = AttemptStatus.AWAITING_GRADING;
    finishIfGraded(now);
  }

  /** A regulator's grade of one of its short answers. */
  public void gradeByHand(AttemptItem item, int points, Instant now) {
    if (status != AttemptStatus.AWAITING_GRADING || !item.belongsTo(this)) {
      throw new BusinessException("error.grading.notPending");
    }
    item.gradeByHand(points);
    finishIfGraded(now);
  }

  private void finishIfGraded(Instant now) {
    if (items.stream().noneMatch(AttemptItem::isPendingGrade)) {
      score = items.stream().mapToInt(AttemptItem::getAwarded).sum();
      status = AttemptStatus.GRADED;
      if (!practice) {
        enrolment.recordScore(score, now);
      }
    }
  }

  /**
   * Notes the browser session a request came from.
   *
   * @return whether another session was active on it within {@link #CONCURRENCY_WINDOW}
   */
  public boolean noteSession(AttemptClient client, Instant now) {
    boolean concurrent =
        lastSession != null
            && !lastSession.equals(client.sessionKey())
            && lastSeenAt != null
            && lastSeenAt.plus(CONCURRENCY_WINDOW).isAfter(now);
    lastSession = client.sessionKey();
    lastSeenAt = now;
    return concurrent;
  }

  /** Whether its page has been opened since it started. */
  public boolean hasBeenSeen() {
    return lastSeenAt != null;
  }

  /** The time left, never negative. */
  public Duration remaining(Instant now) {
    Duration left = Duration.between(now, deadline);
    return left.isNegative() || status != AttemptStatus.OPEN ? Duration.ZERO : left;
  }

  public Long getId() {
    return id;
  }

  public Enrolment getEnrolment() {
    return enrolment;
  }

  public long getPersonId() {
    return personId;
  }

  public int getNumber() {
    return number;
  }

  public boolean isPractice() {
    return practice;
  }

  public long getSeed() {
    return seed;
  }

  public Instant getStartedAt() {
    return startedAt;
  }

  public Instant getDeadline() {
    return deadline;
  }

  public Instant getSubmittedAt() {
    return submittedAt;
  }

  public AttemptClosing getClosing() {
    return closing;
  }

  public AttemptStatus getStatus() {
    return status;
  }

  public Integer getScore() {
    return score;
  }

  public int getMaxScore() {
    return maxScore;
  }

  public boolean isPassed() {
    return score != null && enrolment.getCampaign().isPassing(score);
  }

  /** Its questions in the order the candidate sees them. */
  public List<AttemptItem> getItems() {
    return List.copyOf(items);
  }

  public long getVersion() {
    return version;
  }
}
