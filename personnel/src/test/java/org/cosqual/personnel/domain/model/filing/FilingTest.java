package org.cosqual.personnel.domain.model.filing;

import static org.cosqual.personnel.testing.ArchiveSamples.LI_ID;
import static org.cosqual.personnel.testing.ArchiveSamples.NOW;
import static org.cosqual.personnel.testing.ArchiveSamples.WANG_ID;
import static org.cosqual.personnel.testing.ArchiveSamples.appointment;
import static org.cosqual.personnel.testing.ArchiveSamples.enterprise;
import static org.cosqual.personnel.testing.ArchiveSamples.particulars;
import static org.cosqual.personnel.testing.ArchiveSamples.person;
import static org.cosqual.personnel.testing.ArchiveSamples.term;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.cosqual.personnel.domain.model.appointment.Appointment;
import org.cosqual.personnel.domain.model.appointment.KeyPosition;
import org.cosqual.personnel.domain.model.enterprise.Enterprise;
import org.cosqual.personnel.domain.model.person.Particulars;
import org.cosqual.personnel.domain.model.person.Person;
import org.cosqual.personnel.domain.model.review.ReviewAction;
import org.cosqual.personnel.domain.model.review.ReviewState;
import org.cosqual.personnel.domain.model.review.ReviewStep;
import org.cosqual.personnel.domain.shared.BusinessException;
import org.cosqual.personnel.testing.TestEntities;
import org.junit.jupiter.api.Test;

class FilingTest {

  private static final Instant LATER = NOW.plusSeconds(86_400);

  private final Enterprise maker = enterprise(1, "First Maker", 0);
  private final Person wang = person(501, "Wang Wei", WANG_ID);
  private final Appointment wangAsOfficer =
      appointment(701, wang, maker, KeyPosition.QUALITY_SAFETY_OFFICER, term("2021-01-01", null));

  private static FilingRevision revision(Particulars particulars, String note, Instant at) {
    return new FilingRevision(
        "Wang Wei",
        "13900000000",
        null,
        particulars,
        List.of(),
        LocalDate.of(2026, 12, 1),
        null,
        note,
        "entadmin",
        at);
  }

  private Filing newOfficerFiling() {
    return TestEntities.withId(
        Filing.appointment(
            maker,
            KeyPosition.QUALITY_SAFETY_OFFICER,
            null,
            revision(particulars(WANG_ID), "New officer", NOW)),
        301);
  }

  @Test
  void aNewAppointmentIsPendingWithItsFirstRevisionAndTheCandidatesHash() {
    Filing filing = newOfficerFiling();
    assertEquals(FilingKind.APPOINTMENT, filing.getKind());
    assertEquals(ReviewState.PENDING, filing.getState());
    assertEquals(NOW, filing.getReview().getSince());
    assertEquals(1, filing.getRevisions().size());
    assertEquals(1, filing.currentRevision().getNumber());
    assertNull(filing.getPerson(), "not in the archive until approved");
    assertEquals(particulars(WANG_ID).getIdNumber().hash(), filing.getCandidateHash());
  }

  @Test
  void aNewAppointmentFilesParticulars() {
    assertThrows(
        IllegalArgumentException.class,
        () ->
            Filing.appointment(
                maker, KeyPosition.QUALITY_SAFETY_OFFICER, null, revision(null, null, NOW)));
  }

  @Test
  void aChangeIsAboutTheAppointmentAndItsPerson() {
    Filing change =
        Filing.about(wangAsOfficer, FilingKind.CHANGE, revision(particulars(WANG_ID), null, NOW));
    assertSame(wang, change.getPerson());
    assertSame(wangAsOfficer, change.getAppointment());
    assertSame(maker, change.getEnterprise());
    assertEquals(KeyPosition.QUALITY_SAFETY_OFFICER, change.getPosition());
    assertEquals(wang.getParticulars().getIdNumber().hash(), change.getCandidateHash());
  }

  @Test
  void aChangeFilingAnotherIdNumberIsRefusedWhenFiled() {
    BusinessException refused =
        assertThrows(
            BusinessException.class,
            () ->
                Filing.about(
                    wangAsOfficer, FilingKind.CHANGE, revision(particulars(LI_ID), null, NOW)));
    assertEquals("error.person.otherIdNumber", refused.getMessageKey());
  }

  @Test
  void aDepartureFilesNoParticularsButAChangeDoes() {
    Filing departure =
        Filing.about(wangAsOfficer, FilingKind.DEPARTURE, revision(null, "Retired", NOW));
    assertEquals(FilingKind.DEPARTURE, departure.getKind());
    assertThrows(
        IllegalArgumentException.class,
        () -> Filing.about(wangAsOfficer, FilingKind.CHANGE, revision(null, null, NOW)));
    assertThrows(
        IllegalArgumentException.class,
        () ->
            Filing.about(
                wangAsOfficer, FilingKind.APPOINTMENT, revision(particulars(WANG_ID), null, NOW)));
  }

  @Test
  void aResubmissionAddsARevisionAndKeepsTheEarlierOneAsItWas() {
    Filing filing = newOfficerFiling();
    FilingRevision first = filing.currentRevision();
    filing.returnForCorrection("inspector", LATER, "Diploma missing");
    FilingRevision correction = revision(particulars(WANG_ID), "Diploma attached", LATER);

    ReviewStep.Draft step = filing.resubmit(correction);

    assertEquals(ReviewAction.RESUBMITTED, step.action());
    assertEquals("entadmin", step.actor());
    assertEquals("Diploma attached", step.reason());
    assertEquals(ReviewState.PENDING, filing.getState());
    assertEquals(List.of(first, correction), filing.getRevisions());
    assertEquals(1, first.getNumber());
    assertEquals("New officer", first.getNote());
    assertEquals(2, correction.getNumber());
    assertSame(correction, filing.currentRevision());
  }

  @Test
  void aPendingFilingIsNotResubmitted() {
    Filing filing = newOfficerFiling();
    BusinessException refused =
        assertThrows(
            BusinessException.class,
            () -> filing.resubmit(revision(particulars(WANG_ID), null, LATER)));
    assertEquals("error.review.notReturned", refused.getMessageKey());
    assertEquals(1, filing.getRevisions().size());
  }

  @Test
  void aCorrectionFilingAnotherPersonIsRefused() {
    Filing filing = newOfficerFiling();
    filing.returnForCorrection("inspector", LATER, "Wrong person?");
    BusinessException refused =
        assertThrows(
            BusinessException.class,
            () -> filing.resubmit(revision(particulars(LI_ID), null, LATER)));
    assertEquals("error.filing.otherPerson", refused.getMessageKey());
    assertEquals(1, filing.getRevisions().size());
    assertEquals(ReviewState.RETURNED, filing.getState());
  }

  @Test
  void aCorrectedChangeKeepsTheIdNumberToo() {
    Filing change =
        Filing.about(wangAsOfficer, FilingKind.CHANGE, revision(particulars(WANG_ID), null, NOW));
    change.returnForCorrection("inspector", LATER, "Title?");
    BusinessException refused =
        assertThrows(
            BusinessException.class,
            () -> change.resubmit(revision(particulars(LI_ID), null, LATER)));
    assertEquals("error.person.otherIdNumber", refused.getMessageKey());
    assertEquals(1, change.getRevisions().size());
  }

  @Test
  void aCorrectedDepartureFilesNoParticulars() {
    Filing departure =
        Filing.about(wangAsOfficer, FilingKind.DEPARTURE, revision(null, "Retired", NOW));
    departure.returnForCorrection("inspector", LATER, "Date?");
    departure.resubmit(revision(null, "Retired in March", LATER));
    assertEquals(2, departure.getRevisions().size());
  }

  @Test
  void theApprovedAppointmentRecordsItsPersonOnce() {
    Filing filing = newOfficerFiling();
    filing.approve("inspector", LATER, null);
    filing.approvedFor(wang);
    assertSame(wang, filing.getPerson());
    filing.approvedFor(wang);
    assertThrows(
        IllegalStateException.class, () -> filing.approvedFor(person(502, "Li Na", LI_ID)));
  }

  @Test
  void theRevisionsCannotBeChangedThroughTheirList() {
    Filing filing = newOfficerFiling();
    assertThrows(
        UnsupportedOperationException.class,
        () -> filing.getRevisions().add(revision(particulars(WANG_ID), null, LATER)));
  }
}
