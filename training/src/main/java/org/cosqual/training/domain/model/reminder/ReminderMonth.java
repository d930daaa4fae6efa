package org.cosqual.training.domain.model.reminder;

import java.time.LocalDate;
import java.time.Month;
import java.util.Optional;

/** A month with a reminder round: September to December, when the year's end comes into view. */
public record ReminderMonth(int year, int month) {

  public static final Month FIRST = Month.SEPTEMBER;

  public ReminderMonth {
    if (month < FIRST.getValue() || month > Month.DECEMBER.getValue()) {
      throw new IllegalArgumentException("no reminders in month " + month);
    }
  }

  /** The round due on a day: that day's month from September on, none before. */
  public static Optional<ReminderMonth> dueOn(LocalDate day) {
    return day.getMonthValue() >= FIRST.getValue()
        ? Optional.of(new ReminderMonth(day.getYear(), day.getMonthValue()))
        : Optional.empty();
  }

  @Override
  public String toString() {
    return String.format("%d-%02d", year, month);
  }
}
