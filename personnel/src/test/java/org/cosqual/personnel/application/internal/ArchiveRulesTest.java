package org.cosqual.personnel.application.internal;

import static org.cosqual.personnel.domain.model.appointment.KeyPosition.QUALITY_MANAGER;
import static org.cosqual.personnel.domain.model.appointment.KeyPosition.QUALITY_SAFETY_OFFICER;
import static org.cosqual.personnel.testing.ArchiveSamples.enterprise;
import static org.cosqual.personnel.testing.ArchiveSamples.person;
import static org.cosqual.personnel.testing.ArchiveSamples.term;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import org.cosqual.personnel.domain.model.appointment.Appointment;
import org.cosqual.personnel.domain.model.appointment.FakeAppointmentRepository;
import org.cosqual.personnel.domain.model.appointment.FakeKeyPositionRepository;
import org.cosqual.personnel.domain.model.appointment.KeyPosition;
import org.cosqual.personnel.domain.model.appointment.KeyPositionDefinition;
import org.cosqual.personnel.domain.model.appointment.Term;
import org.cosqual.personnel.domain.model.enterprise.Enterprise;
import org.cosqual.personnel.domain.model.person.Person;
import org.cosqual.personnel.domain.model.supervision.FakeSupervisionRepository;
import org.cosqual.personnel.domain.model.supervision.Sanction;
import org.cosqual.personnel.domain.shared.BusinessException;
import org.cosqual.personnel.testing.ArchiveSamples;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ArchiveRulesTest {

  private final ArchiveRules rules = new ArchiveRules();
  private final FakeAppointmentRepository appointments = new FakeAppointmentRepository();
  private final FakeSupervisionRepository supervision = new FakeSupervisionRepository();
  private final FakeKeyPositionRepository positions = new FakeKeyPositionRepository();
  private final Enterprise first = enterprise(1, "First Maker", 0);
  private final Enterprise second = enterprise(2, "Second Maker", 1);
  private final Person wang = person(501, "Wang Wei", ArchiveSamples.WANG_ID);
  private final Term fromJanuary = term("2027-01-01", null);

  @BeforeEach
  void wangIsQualitySafetyOfficerOfTheFirstMaker() {
    rules.appointments = appointments;
    rules.supervision = supervision;
    rules.positions = positions;
    appointments.store(
        new Appointment(wang, first, QUALITY_SAFETY_OFFICER, term("2021-01-01", null), null, 1));
  }

  private String refusal(Enterprise enterprise, Person person) {
    return assertThrows(
            BusinessException.class,
            () ->
                rules.checkNewAppointment(enterprise, QUALITY_SAFETY_OFFICER, fromJanuary, person))
        .getMessageKey();
  }

  @Test
  void theArchivedPersonMeetsOneLicenceOnePersonAtAnotherLicence() {
    assertEquals("error.appointment.oneLicenceOnePerson", refusal(second, wang));
    assertDoesNotThrow(() -> rules.checkNewAppointment(second, QUALITY_MANAGER, fromJanuary, wang));
  }

  @Test
  void someoneNotYetInTheArchiveMeetsOnlyTheTakenPosition() {
    assertEquals("error.appointment.positionTaken", refusal(first, null));
    assertDoesNotThrow(
        () -> rules.checkNewAppointment(second, QUALITY_SAFETY_OFFICER, fromJanuary, null));
  }

  @Test
  void aBanOverTheTermComesFirst() {
    supervision.store(
        new Sanction(
            wang,
            null,
            "NX-2026-017",
            LocalDate.of(2026, 11, 20),
            "Art. 68",
            LocalDate.of(2027, 1, 1),
            "inspector",
            ArchiveSamples.NOW));
    assertEquals("error.filing.banned", refusal(second, wang));
    assertEquals(
        "error.appointment.oneLicenceOnePerson",
        assertThrows(
                BusinessException.class,
                () ->
                    rules.checkNewAppointment(
                        second, QUALITY_SAFETY_OFFICER, term("2027-01-02", null), wang))
            .getMessageKey(),
        "the day after the ban, the other rules still apply");
  }

  @Test
  void aPositionTheProvinceAddedAsSingleHolderTakesOneHolder() {
    KeyPosition buyer = new KeyPosition("POSITION_6");
    positions.store(KeyPositionDefinition.added(buyer, "采购部门负责人", null, true, 60));
    rules.checkNewAppointment(first, buyer, fromJanuary, wang);
    appointments.store(new Appointment(wang, first, buyer, fromJanuary, null, 2));
    Person li = person(502, "Li Hui", ArchiveSamples.LI_ID);
    BusinessException refused =
        assertThrows(
            BusinessException.class,
            () -> rules.checkNewAppointment(first, buyer, term("2027-06-01", null), li));
    assertEquals("error.appointment.positionTaken", refused.getMessageKey());
    assertEquals("采购部门负责人", refused.getArguments()[0]);
  }

  @Test
  void aRetiredPositionTakesNoNewAppointment() {
    KeyPosition buyer = new KeyPosition("POSITION_6");
    KeyPositionDefinition definition =
        positions.store(KeyPositionDefinition.added(buyer, "采购部门负责人", null, false, 60));
    definition.retire();
    BusinessException refused =
        assertThrows(
            BusinessException.class,
            () -> rules.checkNewAppointment(second, buyer, fromJanuary, wang));
    assertEquals("error.keyPosition.retired", refused.getMessageKey());
  }

  @Test
  void aPositionNobodyDefinedIsRefused() {
    BusinessException refused =
        assertThrows(
            BusinessException.class,
            () -> rules.checkNewAppointment(second, new KeyPosition("NO_SUCH"), fromJanuary, wang));
    assertEquals("error.keyPosition.unknown", refused.getMessageKey());
  }
}
