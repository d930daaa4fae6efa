package org.cosqual.training.domain.model.assessment;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

public interface AttemptRepository {

  Optional<Attempt> find(long id);

  /** The attempt, its row locked until the transaction ends. */
  Optional<Attempt> findForUpdate(long id);

  /**
   * The enrolment's open attempt, its row locked, as committed by any other transaction. Only its
   * latest counted attempt can be open; the enrolment, read locked, says which number that is.
   */
  Optional<Attempt> findOpen(Enrolment lockedEnrolment);

  /** An enrolment's attempts, first first, the ones that count before the practice ones. */
  List<Attempt> findByEnrolment(long enrolmentId);

  Optional<AttemptItem> findItem(long itemId);

  /** The ids of open attempts whose deadline has passed, oldest deadline first. */
  List<Long> findExpired(Instant now, int max);

  /**
   * The short answers of submitted attempts at enterprises of a subtree that wait for a grade,
   * oldest submission first.
   */
  List<AttemptItem> findAnswersToGrade(String subtree);

  Attempt store(Attempt attempt);

  void record(AttemptEvent event);

  /** An attempt's log, oldest first. */
  List<AttemptEvent> findEvents(long attemptId);
}
