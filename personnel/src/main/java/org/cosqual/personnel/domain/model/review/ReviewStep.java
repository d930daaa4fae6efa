package org.cosqual.personnel.domain.model.review;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/** Who did what to a reviewed item, when and why. Never changed once written. */
@Entity
@Table(name = "review_step")
@NamedQuery(
    name = "ReviewStep.findBySubject",
    query =
        "select s from ReviewStep s where s.subjectType = :type and s.subjectId = :id"
            + " order by s.id")
public class ReviewStep {

  /** A step decided by {@link Review}, not yet tied to its subject. */
  public record Draft(ReviewAction action, String actor, Instant at, String reason) {}

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "subject_type", nullable = false, length = 32)
  private String subjectType;

  @Column(name = "subject_id", nullable = false)
  private long subjectId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private ReviewAction action;

  @Column(nullable = false, length = 64)
  private String actor;

  @Column(name = "acted_at", nullable = false)
  private Instant at;

  @Column(length = Review.REASON_MAX)
  private String reason;

  protected ReviewStep() {}

  public ReviewStep(String subjectType, long subjectId, Draft draft) {
    this.subjectType = subjectType;
    this.subjectId = subjectId;
    this.action = draft.action();
    this.actor = draft.actor();
    this.at = draft.at();
    this.reason = draft.reason();
  }

  /** The first step of every reviewed item. */
  public static ReviewStep submitted(
      String subjectType, long subjectId, String submitter, Instant at, String note) {
    return new ReviewStep(
        subjectType, subjectId, new Draft(ReviewAction.SUBMITTED, submitter, at, note));
  }

  public Long getId() {
    return id;
  }

  public ReviewAction getAction() {
    return action;
  }

  public String getActor() {
    return actor;
  }

  public Instant getAt() {
    return at;
  }

  public String getReason() {
    return reason;
  }
}
