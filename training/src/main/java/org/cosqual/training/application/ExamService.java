package org.cosqual.training.application;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.cosqual.training.domain.model.assessment.Attempt;
import org.cosqual.training.domain.model.assessment.AttemptClient;
import org.cosqual.training.domain.model.assessment.Enrolment;
import org.cosqual.training.domain.model.question.Answer;

/**
 * Taking an assessment: the candidate starts an attempt inside the campaign's window, every answer
 * is saved as it is given, the server keeps the time, and the attempt is submitted by the candidate
 * or, when its time runs out, by the clock. Every start, resume and submission is logged with the
 * address and browser it came from.
 */
public interface ExamService {

  /** The caller's annual assessments, newest campaign first. */
  List<Enrolment> findMyAssessments();

  /**
   * Where the caller stands with a course's open quiz; none when the course has none open, or is
   * not one the caller may take.
   */
  Optional<QuizStanding> findMyQuiz(long courseId);

  /**
   * Starts the next attempt of a course's open quiz, or gives back the open one; the first start
   * enrols the caller, who must be of the course's audience and have opened all its materials. A
   * pass completes the course: its hours are credited, once a year.
   */
  Attempt startQuiz(long courseId, AttemptClient client);

  /** The practice sets open to the caller today, each with the caller's attempts in it. */
  List<PracticeSet> findPracticeSets();

  /**
   * Starts a practice attempt in an open practice set inside its window, any number of them; the
   * first start enrols the caller.
   */
  Attempt startPracticeSet(long campaignId, AttemptClient client);

  /** The caller's attempts of one of their enrolments, first first. */
  List<Attempt> findMyAttempts(long enrolmentId);

  /**
   * Starts the enrolment's next attempt, or gives back the open one (submitted first when its time
   * has run out): two starts at once make one attempt.
   */
  Attempt startAttempt(long enrolmentId, AttemptClient client);

  /**
   * Starts a practice attempt (不计入考核) on a paper drawn by the campaign's rule: any number of them,
   * at any time while the campaign is open, graded at once and counted for nothing.
   */
  Attempt startPractice(long enrolmentId, AttemptClient client);

  /**
   * The caller's attempt, for its page: opening it again is logged as a resume; an open attempt
   * whose time has run out is submitted first.
   */
  Attempt openAttempt(long attemptId, AttemptClient client);

  /**
   * Saves the answer to one question of the caller's open attempt, given in the positions the page
   * shows; refused after the deadline or the submission, with the saved answer unchanged.
   *
   * @return when it was saved
   */
  Instant answerQuestion(long attemptId, long itemId, Answer shown, AttemptClient client);

  /** Submits the caller's open attempt (after its deadline, as the clock would have). */
  Attempt submitAttempt(long attemptId, AttemptClient client);

  /**
   * The certificate of the caller's enrolment, issued on its first download: refused until the
   * result is passed and confirmed.
   */
  Certificate myCertificate(long enrolmentId);

  /**
   * Submits the open attempts whose time has run out, with the answers saved by then.
   *
   * @return how many were submitted
   */
  int closeExpiredAttempts();
}
