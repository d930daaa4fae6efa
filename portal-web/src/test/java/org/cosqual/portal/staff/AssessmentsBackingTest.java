package org.cosqual.portal.staff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.cosqual.portal.staff.AssessmentsBacking.Next;
import org.cosqual.training.domain.model.assessment.EnrolmentResult;
import org.junit.jupiter.api.Test;

/** What the candidate is offered in a campaign: the same order of checks the exam service makes. */
class AssessmentsBackingTest {

  private static final LocalDate OPENS = LocalDate.of(2026, 3, 1);
  private static final LocalDate CLOSES = LocalDate.of(2026, 3, 31);
  private static final LocalDate INSIDE = LocalDate.of(2026, 3, 15);

  @Test
  void insideTheWindowWithAnAttemptLeftTheCandidateStarts() {
    assertEquals(Next.START, next(false, EnrolmentResult.PENDING, false, 2, INSIDE));
    assertEquals(Next.START, next(false, EnrolmentResult.PENDING, false, 1, OPENS));
    assertEquals(Next.START, next(false, EnrolmentResult.PENDING, false, 1, CLOSES));
    assertTrue(Next.START.isAction());
  }

  @Test
  void anOpenAttemptIsResumedWhateverElseHolds() {
    assertEquals(Next.RESUME, next(true, EnrolmentResult.PENDING, false, 0, CLOSES.plusDays(1)));
    assertTrue(Next.RESUME.isAction());
  }

  @Test
  void outsideTheWindowNothingStarts() {
    assertEquals(Next.NOT_YET, next(false, EnrolmentResult.PENDING, false, 2, OPENS.minusDays(1)));
    assertEquals(Next.CLOSED, next(false, EnrolmentResult.PENDING, false, 2, CLOSES.plusDays(1)));
    assertEquals(
        Next.CLOSED,
        AssessmentsBacking.next(
            false, EnrolmentResult.PENDING, false, 2, false, OPENS, CLOSES, INSIDE),
        "a campaign that is not open");
    assertFalse(Next.CLOSED.isAction());
  }

  @Test
  void aPassOrTheLastAttemptEndsTheOffer() {
    assertEquals(Next.PASSED, next(false, EnrolmentResult.PASSED, false, 1, INSIDE));
    assertEquals(Next.GRADING, next(false, EnrolmentResult.PENDING, true, 0, INSIDE));
    assertEquals(Next.NONE_LEFT, next(false, EnrolmentResult.FAILED, false, 0, INSIDE));
  }

  private static Next next(
      boolean open, EnrolmentResult result, boolean grading, int left, LocalDate today) {
    return AssessmentsBacking.next(open, result, grading, left, true, OPENS, CLOSES, today);
  }
}
