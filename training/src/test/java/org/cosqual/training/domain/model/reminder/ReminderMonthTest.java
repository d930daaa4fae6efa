package org.cosqual.training.domain.model.reminder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ReminderMonthTest {

  @Test
  void noRoundBeforeSeptember() {
    assertTrue(ReminderMonth.dueOn(LocalDate.of(2026, 1, 1)).isEmpty());
    assertTrue(ReminderMonth.dueOn(LocalDate.of(2026, 8, 31)).isEmpty());
  }

  @Test
  void fromSeptemberToDecemberEveryDayBelongsToItsMonthsRound() {
    assertEquals(
        Optional.of(new ReminderMonth(2026, 9)), ReminderMonth.dueOn(LocalDate.of(2026, 9, 1)));
    assertEquals(
        Optional.of(new ReminderMonth(2026, 9)), ReminderMonth.dueOn(LocalDate.of(2026, 9, 30)));
    assertEquals(
        Optional.of(new ReminderMonth(2026, 12)), ReminderMonth.dueOn(LocalDate.of(2026, 12, 31)));
    assertEquals("2026-09", new ReminderMonth(2026, 9).toString());
  }

  @Test
  void aMonthWithoutRemindersIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> new ReminderMonth(2026, 8));
    assertThrows(IllegalArgumentException.class, () -> new ReminderMonth(2026, 13));
  }
}
