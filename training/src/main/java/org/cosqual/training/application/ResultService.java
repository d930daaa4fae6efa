package org.cosqual.training.application;

import java.util.List;
import org.cosqual.training.domain.model.assessment.AssessmentFiling;
import org.cosqual.training.domain.model.assessment.Attempt;
import org.cosqual.training.domain.model.assessment.AttemptEvent;
import org.cosqual.training.domain.model.assessment.AttemptItem;
import org.cosqual.training.domain.model.assessment.Enrolment;

/**
 * What regulators do with the results of the people of their subtree: grade the short answers that
 * wait for them, read each attempt and its log, and grant one make-up attempt (补考) after the last
 * one failed.
 */
public interface ResultService {

  /** The short answers of submitted attempts in the caller's subtree that wait for a grade. */
  List<AttemptItem> findAnswersToGrade();

  /** Grades a short answer with 0 to its points; the attempt's score is final once none waits. */
  Attempt gradeShortAnswer(long attemptId, long itemId, int points);

  /** An enrolment's attempts, first first. */
  List<Attempt> findAttempts(long enrolmentId);

  /** An attempt's starts, resumes, submissions and concurrent sessions, oldest first. */
  List<AttemptEvent> findAttemptLog(long attemptId);

  /** One more attempt for a failed enrolment, for a reason; refused when the version is stale. */
  Enrolment grantMakeUp(long enrolmentId, long version, String reason);

  /** The filed results (考核备案) in the caller's subtree that wait for confirmation. */
  List<AssessmentFiling> findFilingsToConfirm();

  /**
   * Confirms a filed result in the name of the caller's unit; refused when the version is stale.
   */
  AssessmentFiling confirmFiling(long filingId, long version);
}
