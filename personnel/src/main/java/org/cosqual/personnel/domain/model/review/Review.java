package org.cosqual.personnel.domain.model.review;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;
import org.cosqual.personnel.domain.shared.BusinessException;
import org.cosqual.personnel.domain.shared.Fields;

/**
 * The review state an item carries. Each move checks where the item stands, so a second reviewer
 * acting on an item already decided is refused; the owner stores the {@link ReviewStep} each move
 * returns.
 */
@Embeddable
public class Review {

  public static final int REASON_MAX = 500;

  @Enumerated(EnumType.STRING)
  @Column(name = "review_state", nullable = false, length = 16)
  private ReviewState state;

  @Column(name = "review_state_since", nullable = false)
  private Instant since;

  protected Review() {}

  private Review(ReviewState state, Instant since) {
    this.state = state;
    this.since = since;
  }

  public static Review submitted(Instant at) {
    return new Review(ReviewState.PENDING, at);
  }

  /**
   * @throws BusinessException with a comment over {@value #REASON_MAX} characters, or when the item
   *     is not pending
   */
  public ReviewStep.Draft approve(String reviewer, Instant at, String comment) {
    requirePending();
    String note = Fields.optional(comment, "general.reviewComment", REASON_MAX);
    return move(ReviewState.APPROVED, ReviewAction.APPROVED, reviewer, at, note);
  }

  /**
   * @throws BusinessException without a reason, or when the item is not pending
   */
  public ReviewStep.Draft returnForCorrection(String reviewer, Instant at, String reason) {
    requirePending();
    String why = Fields.required(reason, "general.returnReason", REASON_MAX);
    return move(ReviewState.RETURNED, ReviewAction.RETURNED, reviewer, at, why);
  }

  public ReviewStep.Draft resubmit(String submitter, Instant at, String note) {
    if (state != ReviewState.RETURNED) {
      throw new BusinessException("error.review.notReturned", "ReviewState." + state);
    }
    return move(ReviewState.PENDING, ReviewAction.RESUBMITTED, submitter, at, note);
  }

  private void requirePending() {
    if (state != ReviewState.PENDING) {
      throw new BusinessException("error.review.notPending", "ReviewState." + state);
    }
  }

  private ReviewStep.Draft move(
      ReviewState next, ReviewAction action, String actor, Instant at, String reason) {
    this.state = next;
    this.since = at;
    return new ReviewStep.Draft(action, actor, at, reason);
  }

  public ReviewState getState() {
    return state;
  }

  public Instant getSince() {
    return since;
  }

  public boolean isPending() {
    return state == ReviewState.PENDING;
  }
}
