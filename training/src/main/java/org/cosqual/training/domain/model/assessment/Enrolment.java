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
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.cosqual.personnel.domain.model.appointment.KeyPosition;
import org.cosqual.personnel.domain.model.enterprise.Enterprise;
import org.cosqual.personnel.domain.model.person.Person;
import org.cosqual.personnel.domain.shared.BusinessException;

/**
 * A person taking a campaign: as the holder of a position at an enterprise in an annual assessment,
 * as a learner in a course quiz or a practice set. It keeps the attempts they have used, their best
 * score, and their result. A make-up attempt (补考) may be granted once, with a reason, after the
 * last attempt failed. Named apart from the enrolment in a training session.
 */
@Entity(name = "AssessmentEnrolment")
@Table(name = "assessment_enrolment")
public class Enrolment {

  public static final int REASON_MAX = 500;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false, fetch = FetchType.EAGER)
  @JoinColumn(name = "campaign_id", nullable = false)
  private Campaign campaign;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "person_id", nullable = false)
  private Person person;

  /** None in a course quiz. */
  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "enterprise_id")
  private Enterprise enterprise;

  /** None in a course quiz. */
  @Column(name = "position_code", length = 32)
  private KeyPosition position;

  /** Of the enterprise, or of a course quiz learner's organisation. */
  @Column(name = "jurisdiction_path", nullable = false)
  private String jurisdictionPath;

  @Column(name = "enrolled_at", nullable = false)
  private Instant enrolledAt;

  @Column(name = "attempts_used", nullable = false)
  private int attemptsUsed;

  @Column(name = "practice_attempts", nullable = false)
  private int practiceAttempts;

  @Column(name = "make_up_granted", nullable = false)
  private boolean makeUpGranted;

  @Column(name = "make_up_reason", length = REASON_MAX)
  private String makeUpReason;

  @Column(name = "make_up_by", length = 64)
  private String makeUpBy;

  @Column(name = "best_score")
  private Integer bestScore;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private EnrolmentResult result;

  @OneToOne(mappedBy = "enrolment", cascade = CascadeType.ALL, fetch = FetchType.LAZY)
  private AssessmentFiling filing;

  @Version private long version;

  protected Enrolment() {}

  /** The holder of a position at an enterprise, in an annual assessment. */
  public Enrolment(
      Campaign campaign, Person person, Enterprise enterprise, KeyPosition position, Instant at) {
    this(campaign, person, enterprise.getJurisdiction().getPath(), at);
    this.enterprise = enterprise;
    this.position = Objects.requireNonNull(position);
  }

  private Enrolment(Campaign campaign, Person person, String jurisdictionPath, Instant at) {
    this.campaign = Objects.requireNonNull(campaign);
    this.person = Objects.requireNonNull(person);
    this.jurisdictionPath = Objects.requireNonNull(jurisdictionPath);
    this.enrolledAt = at;
    this.result = EnrolmentResult.PENDING;
  }

  /** A learner at their first start of a course quiz or a practice set. */
  public static Enrolment atFirstStart(
      Campaign campaign, Person learner, String jurisdictionPath, Instant at) {
    if (!campaign.getKind().enrolsAtFirstStart()) {
      throw new IllegalArgumentException("Enrols by positions: " + campaign.getId());
    }
    return new Enrolment(campaign, learner, jurisdictionPath, at);
  }

  /**
   * The number of the next attempt, counted as used; refused when none is left or it passed, and in
   * a practice set, whose attempts are all practice.
   */
  int takeAttempt() {
    if (campaign.isPracticeSet()) {
      throw new BusinessException("error.attempt.practiceOnly");
    }
    if (result == EnrolmentResult.PASSED) {
      throw new BusinessException("error.attempt.alreadyPassed");
    }
    if (attemptsLeft() < 1) {
      throw new BusinessException("error.attempt.noneLeft");
    }
    attemptsUsed++;
    return attemptsUsed;
  }

  /** The number of the next practice attempt, which takes none of the attempts allowed. */
  int takePractice() {
    practiceAttempts++;
    return practiceAttempts;
  }

  public int attemptsLeft() {
    return campaign.getAttemptsAllowed() + (makeUpGranted ? 1 : 0) - attemptsUsed;
  }

  /**
   * Takes a graded attempt's score: the best one counts; failed once no attempt is left. A final
   * result of an annual assessment is filed (考核备案), again after a make-up attempt.
   */
  void recordScore(int score, Instant at) {
    bestScore = bestScore == null ? score : Math.max(bestScore, score);
    if (campaign.isPassing(bestScore)) {
      result = EnrolmentResult.PASSED;
    } else if (attemptsLeft() < 1) {
      result = EnrolmentResult.FAILED;
    }
    if (result == EnrolmentResult.PENDING || !campaign.isAnnual()) {
      return;
    }
    int maxScore = campaign.getRule().maxScore();
    if (filing == null) {
      filing = new AssessmentFiling(this, maxScore, at);
    } else {
      filing.refile(maxScore, at);
    }
  }

  /** The filed result, once there is a final one. */
  public Optional<AssessmentFiling> getFiling() {
    return Optional.ofNullable(filing);
  }

  /** One more attempt after the last one failed, for a reason on record. */
  public void grantMakeUp(String reason, String by) {
    if (makeUpGranted) {
      throw new BusinessException("error.makeUp.once");
    }
    if (result != EnrolmentResult.FAILED) {
      throw new BusinessException("error.makeUp.notFailed");
    }
    String why = reason == null ? "" : reason.strip();
    if (why.isEmpty()) {
      throw new BusinessException("error.field.required", "training_enrolment.makeUpReason");
    }
    if (why.length() > REASON_MAX) {
      throw new BusinessException(
          "error.field.tooLong", "training_enrolment.makeUpReason", REASON_MAX);
    }
    makeUpGranted = true;
    makeUpReason = why;
    makeUpBy = by;
    result = EnrolmentResult.PENDING;
  }

  public Long getId() {
    return id;
  }

  public Campaign getCampaign() {
    return campaign;
  }

  public Person getPerson() {
    return person;
  }

  public Enterprise getEnterprise() {
    return enterprise;
  }

  public KeyPosition getPosition() {
    return position;
  }

  public String getJurisdictionPath() {
    return jurisdictionPath;
  }

  public Instant getEnrolledAt() {
    return enrolledAt;
  }

  public int getAttemptsUsed() {
    return attemptsUsed;
  }

  public int getPracticeAttempts() {
    return practiceAttempts;
  }

  public boolean isMakeUpGranted() {
    return makeUpGranted;
  }

  public String getMakeUpReason() {
    return makeUpReason;
  }

  public String getMakeUpBy() {
    return makeUpBy;
  }

  public Integer getBestScore() {
    return bestScore;
  }

  public EnrolmentResult getResult() {
    return result;
  }

  public long getVersion() {
    return version;
  }
}
