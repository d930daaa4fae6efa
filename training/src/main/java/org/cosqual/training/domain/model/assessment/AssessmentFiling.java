package org.cosqual.training.domain.model.assessment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.cosqual.personnel.domain.shared.BusinessException;

/**
 * The filed result of one person's annual assessment (考核备案): score, pass or fail and the attempts
 * it took, filed when the result is final and confirmed by a regulator of the enterprise's
 * jurisdiction. A make-up attempt files the new result again, to be confirmed again.
 */
@Entity
@Table(name = "assessment_filing")
public class AssessmentFiling {

  public static final int UNIT_MAX = 200;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @OneToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "enrolment_id", nullable = false, unique = true)
  private Enrolment enrolment;

  @Column(name = "person_id", nullable = false)
  private long personId;

  @Column(nullable = false)
  private int score;

  @Column(name = "max_score", nullable = false)
  private int maxScore;

  @Column(nullable = false)
  private boolean passed;

  @Column(nullable = false)
  private int attempts;

  @Column(name = "filed_at", nullable = false)
  private Instant filedAt;

  @Column(name = "confirmed_by", length = 64)
  private String confirmedBy;

  @Column(name = "confirmed_unit", length = UNIT_MAX)
  private String confirmedUnit;

  @Column(name = "confirmed_at")
  private Instant confirmedAt;

  @Version private long version;

  protected AssessmentFiling() {}

  AssessmentFiling(Enrolment enrolment, int maxScore, Instant at) {
    this.enrolment = enrolment;
    this.personId = enrolment.getPerson().getId();
    refile(maxScore, at);
  }

  /** Takes the enrolment's final result as it now stands; a confirmation made before lapses. */
  final void refile(int paperMaxScore, Instant at) {
    score = enrolment.getBestScore();
    maxScore = paperMaxScore;
    passed = enrolment.getResult() == EnrolmentResult.PASSED;
    attempts = enrolment.getAttemptsUsed();
    filedAt = at;
    confirmedBy = null;
    confirmedUnit = null;
    confirmedAt = null;
  }

  /** A regulator confirms it in the name of their unit, once. */
  public void confirm(String by, String unit, Instant at) {
    if (isConfirmed()) {
      throw new BusinessException("error.assessmentFiling.confirmed");
    }
    confirmedBy = by;
    confirmedUnit = unit;
    confirmedAt = at;
  }

  public boolean isConfirmed() {
    return confirmedAt != null;
  }

  /** Whether a certificate may be issued on it: confirmed and passed. */
  public boolean isCertifiable() {
    return passed && isConfirmed();
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

  public int getScore() {
    return score;
  }

  public int getMaxScore() {
    return maxScore;
  }

  public boolean isPassed() {
    return passed;
  }

  public int getAttempts() {
    return attempts;
  }

  public Instant getFiledAt() {
    return filedAt;
  }

  public String getConfirmedBy() {
    return confirmedBy;
  }

  public String getConfirmedUnit() {
    return confirmedUnit;
  }

  public Instant getConfirmedAt() {
    return confirmedAt;
  }

  public long getVersion() {
    return version;
  }
}
