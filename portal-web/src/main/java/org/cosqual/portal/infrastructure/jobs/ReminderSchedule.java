package org.cosqual.portal.infrastructure.jobs;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.ScheduleExpression;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.cosqual.portal.shell.DisplayZone;
import org.cosqual.training.application.ReminderRound;
import org.cosqual.training.application.ReminderService;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Runs the training reminders every hour from 08:00 to 18:00 in the province's time zone, so a
 * month's round goes out on its first working hours (or as soon as the portal is up). The timer is
 * non-persistent (Payara Micro keeps persistent timers in the data grid, which is off): what was
 * sent is on record in the database, so a restart or a second node sends nothing twice, and a run
 * that finds everything on record does nothing. It is a calendar timer made at start-up, rather
 * than {@code @Schedule}, because the zone is configuration (COSQUAL_TIMEZONE).
 */
@Startup
@Singleton
@DependsOn("DatabaseMigration")
public class ReminderSchedule {

  private static final Logger LOG = Logger.getLogger(ReminderSchedule.class.getName());

  @Resource TimerService timers;
  @Inject ReminderService reminders;
  @Inject DisplayZone zone;
  @Inject Clock clock;

  /** Off in the integration tests, whose rounds are run by the tests themselves on given days. */
  @Inject
  @ConfigProperty(name = "cosqual.reminders", defaultValue = "true")
  boolean enabled;

  @PostConstruct
  void schedule() {
    if (!enabled) {
      LOG.info("Training reminders are off (COSQUAL_REMINDERS=false)");
      return;
    }
    ZoneId province = zone.get();
    timers.createCalendarTimer(
        new ScheduleExpression().hour("8-18").minute("0").timezone(province.getId()),
        new TimerConfig("training reminders", false));
    LOG.info(() -> "Training reminders are checked hourly from 08:00 to 18:00 " + province);
  }

  /** Outside a transaction: each reminder commits on its own before its mail goes. */
  @Timeout
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  void run() {
    try {
      ReminderRound round =
          reminders.sendMonthlyReminders(LocalDate.now(clock.withZone(zone.get())));
      if (round.reminded() + round.summaries() > 0) {
        LOG.info(
            () ->
                "Training reminders of "
                    + round.month().orElseThrow()
                    + ": "
                    + round.reminded()
                    + " people, "
                    + round.summaries()
                    + " summaries, "
                    + round.mailed()
                    + " mails");
      }
    } catch (RuntimeException e) {
      // A failed run is tried again at the next hour; the timer must survive it.
      LOG.log(Level.WARNING, "Training reminders failed", e);
    }
  }
}
