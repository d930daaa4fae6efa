package org.cosqual.training.application;

import java.util.Optional;
import org.cosqual.training.domain.model.reminder.ReminderMonth;

/**
 * What one run of the reminders did.
 *
 * @param month the month whose round ran; empty when none was due
 * @param reminded people reminded now (each with a notice)
 * @param summaries administrators' summaries sent now
 * @param mailed of those, how many went out by e-mail
 */
public record ReminderRound(
    Optional<ReminderMonth> month, int reminded, int summaries, int mailed) {

  public static final ReminderRound NOT_DUE = new ReminderRound(Optional.empty(), 0, 0, 0);
}
