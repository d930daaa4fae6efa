package org.cosqual.training.application;

import java.time.LocalDate;

/**
 * The monthly training reminders, run by the system's scheduled job (no user calls it): from
 * September, once a month, every regulator at risk or behind gets an in-app notice and an e-mail,
 * and every regulator administrator a summary of those in their subtree.
 */
public interface ReminderService {

  /**
   * Sends the round of the month of {@code today} unless it is before September; only what is not
   * on record as sent for that month goes out, so running it again sends nothing twice.
   */
  ReminderRound sendMonthlyReminders(LocalDate today);
}
