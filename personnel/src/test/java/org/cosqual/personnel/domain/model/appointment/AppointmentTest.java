package org.cosqual.personnel.domain.model.appointment;

import static org.cosqual.personnel.testing.ArchiveSamples.appointment;
import static org.cosqual.personnel.testing.ArchiveSamples.enterprise;
import static org.cosqual.personnel.testing.ArchiveSamples.person;
import static org.cosqual.personnel.testing.ArchiveSamples.term;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.cosqual.personnel.domain.shared.BusinessException;
import org.cosqual.personnel.testing.ArchiveSamples;
import org.junit.jupiter.api.Test;

class AppointmentTest {

  private final Appointment appointment =
      appointment(
          1,
          person(501, "Wang Wei", ArchiveSamples.WANG_ID),
          enterprise(1, "First Maker", 0),
          KeyPosition.QUALITY_SAFETY_OFFICER,
          term("2021-01-01", null));

  @Test
  void aDepartureEndsTheTermOnTheLastDayWithItsReason() {
    appointment.end(LocalDate.of(2026, 3, 31), "Retired");
    assertEquals(term("2021-01-01", "2026-03-31"), appointment.getTerm());
    assertEquals("Retired", appointment.getEndReason());
    assertTrue(appointment.isCurrent(LocalDate.of(2026, 3, 31)));
    assertFalse(appointment.isCurrent(LocalDate.of(2026, 4, 1)));
  }

  @Test
  void anEndedAppointmentCannotEndLater() {
    appointment.end(LocalDate.of(2026, 3, 31), null);
    BusinessException refused =
        assertThrows(
            BusinessException.class, () -> appointment.end(LocalDate.of(2026, 4, 30), "Again"));
    assertEquals("error.appointment.alreadyEnded", refused.getMessageKey());
    assertEquals(LocalDate.of(2026, 3, 31), appointment.getTerm().getTo());
    assertNull(appointment.getEndReason());
  }

  @Test
  void theTermADepartureWouldLeaveIsCheckedWithoutEndingIt() {
    assertEquals(
        term("2021-01-01", "2026-03-31"), appointment.termEndingOn(LocalDate.of(2026, 3, 31)));
    assertNull(appointment.getTerm().getTo(), "nothing changes until the departure is approved");
    BusinessException beforeStart =
        assertThrows(
            BusinessException.class, () -> appointment.termEndingOn(LocalDate.of(2020, 12, 31)));
    assertEquals("error.dates.endBeforeStart", beforeStart.getMessageKey());
  }

  @Test
  void anEndReasonLongerThanItsColumnIsRefused() {
    BusinessException refused =
        assertThrows(
            BusinessException.class,
            () ->
                appointment.end(
                    LocalDate.of(2026, 3, 31), "x".repeat(Appointment.END_REASON_MAX + 1)));
    assertEquals("error.field.tooLong", refused.getMessageKey());
    assertNull(appointment.getTerm().getTo(), "nothing half-changed");
  }
}
