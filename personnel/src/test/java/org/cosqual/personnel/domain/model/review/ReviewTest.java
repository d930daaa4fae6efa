package org.cosqual.personnel.domain.model.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.cosqual.personnel.domain.shared.BusinessException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class ReviewTest {

  private static final Instant SUBMITTED = Instant.parse("2026-11-20T01:00:00Z");
  private static final Instant LATER = Instant.parse("2026-11-21T03:00:00Z");

  private final Review review = Review.submitted(SUBMITTED);

  private static String refusal(Runnable move) {
    return assertThrows(BusinessException.class, move::run).getMessageKey();
  }

  @Test
  void aSubmittedItemWaitsForReviewSinceItsSubmission() {
    assertEquals(ReviewState.PENDING, review.getState());
    assertTrue(review.isPending());
    assertEquals(SUBMITTED, review.getSince());
  }

  @Test
  void approvingRecordsWhoWhenAndTheComment() {
    ReviewStep.Draft step = review.approve("inspector", LATER, "  All documents in order ");
    assertEquals(
        new ReviewStep.Draft(ReviewAction.APPROVED, "inspector", LATER, "All documents in order"),
        step);
    assertEquals(ReviewState.APPROVED, review.getState());
    assertEquals(LATER, review.getSince());
    assertFalse(review.isPending());
  }

  @Test
  void anApprovalNeedsNoComment() {
    assertNull(review.approve("inspector", LATER, " ").reason());
  }

  @Test
  void anApprovalCommentLongerThanItsColumnIsRefusedAndTheItemStaysPending() {
    BusinessException refused =
        assertThrows(
            BusinessException.class,
            () -> review.approve("inspector", LATER, "x".repeat(Review.REASON_MAX + 1)));
    assertEquals("error.field.tooLong", refused.getMessageKey());
    assertEquals("general.reviewComment", refused.getArguments()[0]);
    assertTrue(review.isPending());
  }

  @Test
  void returningRecordsTheReason() {
    ReviewStep.Draft step = review.returnForCorrection("inspector", LATER, "Diploma missing");
    assertEquals(ReviewAction.RETURNED, step.action());
    assertEquals("Diploma missing", step.reason());
    assertEquals(ReviewState.RETURNED, review.getState());
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {" ", "\t\n"})
  void returningNeedsAReason(String reason) {
    assertEquals(
        "error.field.required",
        refusal(() -> review.returnForCorrection("inspector", LATER, reason)));
    assertTrue(review.isPending(), "nothing moved");
    assertEquals(SUBMITTED, review.getSince());
  }

  @Test
  void aReturnedItemIsResubmittedAndWaitsAgain() {
    review.returnForCorrection("inspector", LATER, "Diploma missing");
    Instant resubmitted = LATER.plusSeconds(3600);
    ReviewStep.Draft step = review.resubmit("entadmin", resubmitted, "Diploma attached");
    assertEquals(
        new ReviewStep.Draft(ReviewAction.RESUBMITTED, "entadmin", resubmitted, "Diploma attached"),
        step);
    assertTrue(review.isPending());
    assertEquals(resubmitted, review.getSince());
  }

  @Test
  void onlyAPendingItemIsApprovedOrReturned() {
    review.approve("inspector", LATER, null);
    assertEquals("error.review.notPending", refusal(() -> review.approve("second", LATER, null)));
    assertEquals(
        "error.review.notPending",
        refusal(() -> review.returnForCorrection("second", LATER, "Too late")));
    assertEquals(ReviewState.APPROVED, review.getState());
  }

  @Test
  void aReturnedItemIsNotApprovedBeforeItIsResubmitted() {
    review.returnForCorrection("inspector", LATER, "Diploma missing");
    BusinessException refused =
        assertThrows(BusinessException.class, () -> review.approve("second", LATER, null));
    assertEquals("error.review.notPending", refused.getMessageKey());
    assertEquals("ReviewState.RETURNED", refused.getArguments()[0]);
  }

  @Test
  void onlyAReturnedItemIsResubmitted() {
    assertEquals(
        "error.review.notReturned", refusal(() -> review.resubmit("entadmin", LATER, null)));
    review.approve("inspector", LATER, null);
    assertEquals(
        "error.review.notReturned", refusal(() -> review.resubmit("entadmin", LATER, null)));
  }

  @Test
  void aStepTakesItsSubjectAndTheDraftAsDecided() {
    ReviewStep.Draft draft = review.approve("inspector", LATER, "ok");
    ReviewStep step = new ReviewStep("FILING", 42, draft);
    assertEquals(ReviewAction.APPROVED, step.getAction());
    assertEquals("inspector", step.getActor());
    assertEquals(LATER, step.getAt());
    assertEquals("ok", step.getReason());
  }
}
