package org.cosqual.portal.infrastructure.jobs;

import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.cosqual.personnel.application.CallerIdentity;
import org.cosqual.portal.security.CurrentCaller;
import org.cosqual.training.application.ExamService;

/**
 * Submits, every minute, the exam attempts whose time ran out while nobody had the page open, with
 * the answers saved by then. A non-persistent timer (see {@link ReminderSchedule}): what it does is
 * on record in the attempts themselves, so a restart or a second node repeats nothing.
 */
@Startup
@Singleton
@DependsOn("DatabaseMigration")
public class ExpiredAttemptsSchedule {

  private static final Logger LOG = Logger.getLogger(ExpiredAttemptsSchedule.class.getName());

  @Inject ExamService exams;
  @Inject CurrentCaller caller;

  @Schedule(hour = "*", minute = "*", persistent = false)
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  void closeExpiredAttempts() {
    // A course quiz passed at its deadline credits the course's hours, entered by the system.
    caller.actAs(CallerIdentity.system());
    try {
      int closed = exams.closeExpiredAttempts();
      if (closed > 0) {
        LOG.info(() -> "Submitted " + closed + " exam attempts whose time ran out");
      }
    } catch (RuntimeException e) {
      LOG.log(
          Level.WARNING, "Expired exam attempts were not submitted; the next minute retries", e);
    }
  }
}
