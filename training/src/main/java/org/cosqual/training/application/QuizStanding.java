package org.cosqual.training.application;

import java.util.Optional;
import org.cosqual.training.domain.model.assessment.Campaign;
import org.cosqual.training.domain.model.assessment.Enrolment;
import org.cosqual.training.domain.model.assessment.EnrolmentResult;

/**
 * Where a learner stands with the open quiz of a course.
 *
 * @param quiz the quiz
 * @param enrolment theirs, from their first start on
 * @param materialsLeft the course's materials they have not opened yet; the quiz starts after
 */
public record QuizStanding(Campaign quiz, Enrolment enrolment, int materialsLeft) {

  public Optional<Enrolment> taken() {
    return Optional.ofNullable(enrolment);
  }

  public boolean isPassed() {
    return result() == EnrolmentResult.PASSED;
  }

  public boolean isFailed() {
    return result() == EnrolmentResult.FAILED;
  }

  /** Whether the learner may start (or resume) an attempt: every material opened, no result yet. */
  public boolean isStartable() {
    return materialsLeft == 0 && result() == EnrolmentResult.PENDING;
  }

  public int attemptsLeft() {
    return enrolment == null ? quiz.getAttemptsAllowed() : enrolment.attemptsLeft();
  }

  private EnrolmentResult result() {
    return enrolment == null ? EnrolmentResult.PENDING : enrolment.getResult();
  }
}
