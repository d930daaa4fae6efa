package org.cosqual.personnel.domain.model.appointment;

import static org.cosqual.personnel.domain.model.appointment.KeyPosition.LAB_MANAGER;
import static org.cosqual.personnel.domain.model.appointment.KeyPosition.LEGAL_REPRESENTATIVE;
import static org.cosqual.personnel.domain.model.appointment.KeyPosition.QUALITY_MANAGER;
import static org.cosqual.personnel.domain.model.appointment.KeyPosition.QUALITY_SAFETY_OFFICER;
import static org.cosqual.personnel.testing.ArchiveSamples.appointment;
import static org.cosqual.personnel.testing.ArchiveSamples.enterprise;
import static org.cosqual.personnel.testing.ArchiveSamples.person;
import static org.cosqual.personnel.testing.ArchiveSamples.term;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.cosqual.personnel.domain.model.enterprise.Enterprise;
import org.cosqual.personnel.domain.model.person.Person;
import org.cosqual.personnel.domain.shared.BusinessException;
import org.cosqual.personnel.testing.ArchiveSamples;
import org.junit.jupiter.api.Test;

class AppointmentRulesTest {

  private final FakeKeyPositionRepository positions = new FakeKeyPositionRepository();

  private final Enterprise first = enterprise(1, "First Maker", 0);
  private final Enterprise otherLicence = enterprise(2, "Second Maker", 1);
  private final Enterprise noLicence = enterprise(3, "Brand Owner", null);
  private final Person wang = person(501, "Wang Wei", ArchiveSamples.WANG_ID);
  private final Person li = person(502, "Li Na", ArchiveSamples.LI_ID);

  /** Wang is quality safety officer of the first maker through 2025. */
  private final List<Appointment> wangAtFirst =
      List.of(
          appointment(1, wang, first, QUALITY_SAFETY_OFFICER, term("2021-01-01", "2025-12-31")));

  // ---- 一证一人

  @Test
  void qualitySafetyOfficerOfAnotherLicenceOverOverlappingDatesIsRefused() {
    BusinessException refused =
        assertThrows(
            BusinessException.class,
            () ->
                AppointmentRules.checkOneLicenceOnePerson(
                    otherLicence, term("2025-12-31", null), wangAtFirst));
    assertEquals("error.appointment.oneLicenceOnePerson", refused.getMessageKey());
    assertArrayEquals(
        new Object[] {"First Maker", first.getLicenseNo().value(), "2021-01-01~2025-12-31"},
        refused.getArguments());
  }

  @Test
  void theNextDayAfterTheOtherTermEndsIsAllowed() {
    assertDoesNotThrow(
        () ->
            AppointmentRules.checkOneLicenceOnePerson(
                otherLicence, term("2026-01-01", null), wangAtFirst));
  }

  @Test
  void anEarlierTermThatEndsBeforeIsAllowed() {
    assertDoesNotThrow(
        () ->
            AppointmentRules.checkOneLicenceOnePerson(
                otherLicence, term("2019-01-01", "2020-12-31"), wangAtFirst));
  }

  @Test
  void anEnterpriseWithTheSameLicenceIsAllowed() {
    Enterprise sameLicence = enterprise(4, "First Maker's brand", 0);
    assertDoesNotThrow(
        () ->
            AppointmentRules.checkOneLicenceOnePerson(
                sameLicence, term("2024-01-01", null), wangAtFirst));
  }

  @Test
  void anEnterpriseWithoutALicenceIsAllowed() {
    assertDoesNotThrow(
        () ->
            AppointmentRules.checkOneLicenceOnePerson(
                noLicence, term("2024-01-01", null), wangAtFirst));
  }

  @Test
  void anOtherAppointmentAtAnEnterpriseWithoutALicenceDoesNotCount() {
    List<Appointment> atNoLicence =
        List.of(appointment(2, wang, noLicence, QUALITY_SAFETY_OFFICER, term("2021-01-01", null)));
    assertDoesNotThrow(
        () ->
            AppointmentRules.checkOneLicenceOnePerson(
                otherLicence, term("2024-01-01", null), atNoLicence));
  }

  @Test
  void otherPositionsDoNotCount() {
    List<Appointment> manager =
        List.of(appointment(3, wang, first, QUALITY_MANAGER, term("2021-01-01", null)));
    assertDoesNotThrow(
        () ->
            AppointmentRules.checkOneLicenceOnePerson(
                otherLicence, term("2024-01-01", null), manager));
  }

  @Test
  void anOpenEndedOtherTermOverlapsAnyLaterStart() {
    List<Appointment> open =
        List.of(appointment(4, wang, first, QUALITY_SAFETY_OFFICER, term("2021-01-01", null)));
    assertThrows(
        BusinessException.class,
        () ->
            AppointmentRules.checkOneLicenceOnePerson(
                otherLicence, term("2040-01-01", "2040-01-31"), open));
  }

  // ---- one holder of a single-holder position; never the same person twice

  @Test
  void aSecondCurrentQualitySafetyOfficerIsRefused() {
    BusinessException refused =
        assertThrows(
            BusinessException.class,
            () ->
                AppointmentRules.checkPositionFree(
                    positions.definition(QUALITY_SAFETY_OFFICER),
                    term("2025-06-01", null),
                    li.getId(),
                    wangAtFirst));
    assertEquals("error.appointment.positionTaken", refused.getMessageKey());
    assertArrayEquals(
        new Object[] {"质量安全负责人", "Wang Wei", "2021-01-01~2025-12-31"}, refused.getArguments());
  }

  @Test
  void aSecondLegalRepresentativeIsRefusedToo() {
    List<Appointment> legal =
        List.of(appointment(5, wang, first, LEGAL_REPRESENTATIVE, term("2021-01-01", null)));
    BusinessException refused =
        assertThrows(
            BusinessException.class,
            () ->
                AppointmentRules.checkPositionFree(
                    positions.definition(LEGAL_REPRESENTATIVE),
                    term("2026-01-01", null),
                    null,
                    legal));
    assertEquals("error.appointment.positionTaken", refused.getMessageKey());
  }

  @Test
  void theSuccessorStartingTheDayAfterIsAllowed() {
    assertDoesNotThrow(
        () ->
            AppointmentRules.checkPositionFree(
                positions.definition(QUALITY_SAFETY_OFFICER),
                term("2026-01-01", null),
                li.getId(),
                wangAtFirst));
  }

  @Test
  void positionsWithSeveralHoldersTakeAnother() {
    List<Appointment> lab =
        List.of(appointment(6, wang, first, LAB_MANAGER, term("2021-01-01", null)));
    assertDoesNotThrow(
        () ->
            AppointmentRules.checkPositionFree(
                positions.definition(LAB_MANAGER), term("2024-01-01", null), li.getId(), lab));
  }

  @Test
  void theSamePersonTwiceInAPositionIsRefusedEvenWhereSeveralMayHoldIt() {
    List<Appointment> lab =
        List.of(appointment(7, wang, first, LAB_MANAGER, term("2021-01-01", null)));
    BusinessException refused =
        assertThrows(
            BusinessException.class,
            () ->
                AppointmentRules.checkPositionFree(
                    positions.definition(LAB_MANAGER),
                    term("2024-01-01", null),
                    wang.getId(),
                    lab));
    assertEquals("error.appointment.duplicate", refused.getMessageKey());
  }

  @Test
  void aPersonNotYetInTheArchiveHoldsNoPositionYet() {
    List<Appointment> lab =
        List.of(appointment(8, wang, first, LAB_MANAGER, term("2021-01-01", null)));
    assertDoesNotThrow(
        () ->
            AppointmentRules.checkPositionFree(
                positions.definition(LAB_MANAGER), term("2024-01-01", null), null, lab));
  }
}
