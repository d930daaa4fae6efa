package org.cosqual.training.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import org.cosqual.training.domain.model.assessment.Attempt;
import org.cosqual.training.domain.model.assessment.AttemptClient;
import org.cosqual.training.domain.model.assessment.AttemptClosing;
import org.cosqual.training.domain.model.assessment.AttemptEvent;
import org.cosqual.training.domain.model.assessment.AttemptEventKind;
import org.cosqual.training.domain.model.assessment.AttemptRepository;

/**
 * Submitting attempts, by their candidate or by the clock, each with its line in the attempt's log.
 * The clock submits each attempt in a transaction of its own, so one that fails holds up no other.
 */
@ApplicationScoped
@Transactional
class AttemptClosings {

  @Inject AttemptRepository attempts;
  @Inject QuizCompletions quizCompletions;

  void close(Attempt attempt, AttemptClosing how, Instant now, AttemptClient client) {
    attempt.submit(now, how);
    attempts.record(
        new AttemptEvent(
            attempt.getId(),
            how == AttemptClosing.EXPIRED
                ? AttemptEventKind.AUTO_SUBMITTED
                : AttemptEventKind.SUBMITTED,
            now,
            client));
    quizCompletions.creditIfPassed(attempt);
  }

  /** Submits the attempt when its time has run out by then; returns whether it did. */
  boolean closeIfExpired(long attemptId, Instant now) {
    Attempt attempt = attempts.findForUpdate(attemptId).orElseThrow();
    if (!attempt.isExpired(now)) {
      return false;
    }
    close(attempt, AttemptClosing.EXPIRED, now, AttemptClient.system());
    return true;
  }
}
