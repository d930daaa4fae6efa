package org.cosqual.training.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneId;
import org.cosqual.training.domain.model.assessment.Attempt;
import org.cosqual.training.domain.model.assessment.Campaign;
import org.cosqual.training.domain.model.assessment.Enrolment;
import org.cosqual.training.domain.model.assessment.EnrolmentResult;
import org.cosqual.training.domain.model.ledger.EntrySource;

/**
 * A course quiz passed completes its course: the course's hours are credited on the day the passing
 * attempt was handed in (not the day a regulator graded its short answers), once a year.
 */
@ApplicationScoped
class QuizCompletions {

  @Inject CourseCredits credits;
  @Inject ZoneId zone;

  /** Credits the course when the attempt, now graded, passed its quiz. */
  void creditIfPassed(Attempt attempt) {
    Enrolment enrolment = attempt.getEnrolment();
    Campaign campaign = enrolment.getCampaign();
    if (attempt.isGraded()
        && !attempt.isPractice()
        && campaign.isCourseQuiz()
        && enrolment.getResult() == EnrolmentResult.PASSED) {
      credits.credit(
          enrolment.getPerson(),
          campaign.getCourse(),
          EntrySource.COURSE_QUIZ,
          LocalDate.ofInstant(attempt.getSubmittedAt(), zone));
    }
  }
}
