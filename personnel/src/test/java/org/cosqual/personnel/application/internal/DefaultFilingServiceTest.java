package org.cosqual.personnel.application.internal;

import static org.cosqual.personnel.application.internal.ArchiveFixture.DEC_1;
import static org.cosqual.personnel.application.internal.ArchiveFixture.chen;
import static org.cosqual.personnel.application.internal.ArchiveFixture.li;
import static org.cosqual.personnel.application.internal.ArchiveFixture.wang;
import static org.cosqual.personnel.application.internal.ArchiveFixture.withIdNumber;
import static org.cosqual.personnel.application.internal.ArchiveFixture.withPhoneAndTitle;
import static org.cosqual.personnel.domain.model.appointment.KeyPosition.LAB_MANAGER;
import static org.cosqual.personnel.domain.model.appointment.KeyPosition.QUALITY_MANAGER;
import static org.cosqual.personnel.domain.model.appointment.KeyPosition.QUALITY_SAFETY_OFFICER;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.cosqual.personnel.application.AppointmentApproved;
import org.cosqual.personnel.application.FiledParticulars;
import org.cosqual.personnel.application.FilingDetails;
import org.cosqual.personnel.domain.model.appointment.Appointment;
import org.cosqual.personnel.domain.model.audit.AuditAction;
import org.cosqual.personnel.domain.model.audit.AuditRecord;
import org.cosqual.personnel.domain.model.filing.FieldChange;
import org.cosqual.personnel.domain.model.filing.Filing;
import org.cosqual.personnel.domain.model.filing.FilingKind;
import org.cosqual.personnel.domain.model.filing.FilingRevision;
import org.cosqual.personnel.domain.model.person.Person;
import org.cosqual.personnel.domain.model.review.ReviewAction;
import org.cosqual.personnel.domain.model.review.ReviewState;
import org.cosqual.personnel.domain.model.review.ReviewStep;
import org.cosqual.personnel.domain.shared.AccessDeniedException;
import org.cosqual.personnel.domain.shared.BusinessException;
import org.cosqual.personnel.domain.shared.NotFoundException;
import org.cosqual.personnel.domain.shared.StaleVersionException;
import org.cosqual.personnel.testing.ArchiveSamples;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class DefaultFilingServiceTest {

  private static final LocalDate JAN_1 = LocalDate.of(2027, 1, 1);

  private final ArchiveFixture world = new ArchiveFixture();
  private final DefaultFilingService service = world.filingService;

  private static String refusal(Runnable work) {
    return assertThrows(BusinessException.class, work::run).getMessageKey();
  }

  private List<ReviewAction> stepsOf(Filing filing) {
    return world.steps.findBySubject(Filing.REVIEW_SUBJECT, filing.getId()).stream()
        .map(ReviewStep::getAction)
        .toList();
  }

  private List<String> changedFields(Filing filing) {
    world.as(world.regulatorOf(filing.getEnterprise()));
    return service.getFiling(filing.getId()).changes().stream()
        .filter(FieldChange::changed)
        .map(FieldChange::labelKey)
        .toList();
  }

  @Nested
  class AppointmentDocuments {

    @Test
    void onlyAStoredAppointmentDocumentCanBeAttached() {
      world.as(world.adminOf(world.makerA));
      assertThrows(
          NotFoundException.class,
          () ->
              service.fileAppointment(
                  world.makerA.getId(),
                  QUALITY_SAFETY_OFFICER,
                  wang(),
                  DEC_1,
                  ArchiveFixture.SPREADSHEET,
                  null));
      assertThrows(
          NotFoundException.class,
          () ->
              service.fileAppointment(
                  world.makerA.getId(), QUALITY_SAFETY_OFFICER, wang(), DEC_1, 12345L, null));
      assertTrue(world.filings.all().isEmpty(), "nothing filed");
    }

    @Test
    void anUploadNeedsTheRightToFileAndTheDocumentIsShownOnlyInScope() {
      world.as(world.regulatorB);
      assertThrows(
          AccessDeniedException.class,
          () -> service.uploadAppointmentDocument("a.pdf", InputStream.nullInputStream()));
      world.as(world.adminOf(world.makerA));
      Filing filing =
          service.fileAppointment(
              world.makerA.getId(),
              QUALITY_SAFETY_OFFICER,
              wang(),
              DEC_1,
              ArchiveFixture.DOCUMENT,
              null);
      assertEquals(
          ArchiveFixture.DOCUMENT,
          service.findFilingDocument(filing.getId()).orElseThrow().getId());
      world.as(world.regulatorB);
      assertThrows(NotFoundException.class, () -> service.findFilingDocument(filing.getId()));
    }
  }

  @Nested
  class TheWholeWorkflow {

    @Test
    void filedReturnedCorrectedAndApprovedEveryStepAndRevisionKept() {
      world.as(world.adminOf(world.makerA));
      Filing filing =
          service.fileAppointment(
              world.makerA.getId(), QUALITY_SAFETY_OFFICER, wang(), DEC_1, 90L, "New officer");
      assertEquals(ReviewState.PENDING, filing.getState());
      assertTrue(world.persons.all().isEmpty(), "not in the archive before approval");
      world.as(world.regulatorA);
      assertEquals(List.of(filing), service.findWorkQueue());
      assertEquals(1, service.countPendingFilings());

      world.clock.advance(Duration.ofDays(1));
      long submittedVersion = filing.getVersion();
      world.committed(
          () -> service.returnFiling(filing.getId(), submittedVersion, "The diploma is missing"));
      assertEquals(ReviewState.RETURNED, filing.getState());
      assertEquals(List.of(), service.findWorkQueue(), "returned: back with the enterprise");

      world.clock.advance(Duration.ofDays(1));
      world.as(world.adminOf(world.makerA));
      FiledParticulars corrected =
          new FiledParticulars(
              "Wang Wei",
              "13900000000",
              null,
              wang().idType(),
              wang().idNumber(),
              null,
              null,
              wang().degree(),
              wang().major(),
              wang().majorField(),
              "Ningxia Medical University",
              2002,
              "Engineer",
              wang().experiences());
      world.committed(
          () ->
              service.resubmitFiling(
                  filing.getId(), filing.getVersion(), corrected, DEC_1, 91L, "Diploma attached"));
      assertEquals(ReviewState.PENDING, filing.getState());

      world.clock.advance(Duration.ofDays(1));
      world.as(world.regulatorA);
      assertEquals(List.of(filing), service.findWorkQueue());
      world.committed(() -> service.approveFiling(filing.getId(), filing.getVersion(), "In order"));

      assertEquals(ReviewState.APPROVED, filing.getState());
      assertEquals(List.of(), service.findWorkQueue());
      assertEquals(0, service.countPendingFilings());

      FilingDetails details = service.getFiling(filing.getId());
      List<ReviewStep> steps = details.steps();
      assertEquals(
          List.of(
              ReviewAction.SUBMITTED,
              ReviewAction.RETURNED,
              ReviewAction.RESUBMITTED,
              ReviewAction.APPROVED),
          steps.stream().map(ReviewStep::getAction).toList());
      assertEquals(
          List.of("entadmin-1", "inspector-a", "entadmin-1", "inspector-a"),
          steps.stream().map(ReviewStep::getActor).toList());
      assertEquals(
          List.of("New officer", "The diploma is missing", "Diploma attached", "In order"),
          steps.stream().map(ReviewStep::getReason).toList());
      assertEquals(
          List.of(
              ArchiveSamples.NOW,
              ArchiveSamples.NOW.plus(Duration.ofDays(1)),
              ArchiveSamples.NOW.plus(Duration.ofDays(2)),
              ArchiveSamples.NOW.plus(Duration.ofDays(3))),
          steps.stream().map(ReviewStep::getAt).toList());

      List<FilingRevision> revisions = filing.getRevisions();
      assertEquals(2, revisions.size());
      assertEquals(
          "Ningxia University",
          revisions.get(0).getParticulars().getEducation().getSchool(),
          "the first revision stays as it was filed");
      assertEquals(90L, revisions.get(0).getDocumentFileId());
      assertEquals(
          "Ningxia Medical University",
          revisions.get(1).getParticulars().getEducation().getSchool());

      Person wang = world.person(wang());
      assertEquals(List.of(wang), world.persons.all());
      assertSame(wang, filing.getPerson());
      assertEquals("Ningxia Medical University", wang.getParticulars().getEducation().getSchool());
      assertEquals(LocalDate.of(1980, 3, 15), wang.getParticulars().getBirthDate());
      assertEquals(1, wang.getExperiences().size());

      Appointment appointment = world.appointments.all().get(0);
      assertEquals(List.of(appointment), world.appointments.all());
      assertSame(wang, appointment.getPerson());
      assertSame(world.makerA, appointment.getEnterprise());
      assertEquals(QUALITY_SAFETY_OFFICER, appointment.getPosition());
      assertEquals(ArchiveSamples.term("2026-12-01", null), appointment.getTerm());
      assertEquals(91L, appointment.getDocumentFileId(), "the corrected revision's document");
      assertEquals(filing.getId(), appointment.getFilingId());

      assertEquals(
          List.of(
              new AppointmentApproved(
                  appointment.getId(),
                  wang.getId(),
                  world.makerA.getId(),
                  QUALITY_SAFETY_OFFICER,
                  DEC_1)),
          world.approved.fired());

      assertEquals(
          List.of(
              AuditAction.FILING_SUBMITTED,
              AuditAction.FILING_RETURNED,
              AuditAction.FILING_RESUBMITTED,
              AuditAction.FILING_APPROVED),
          world.audit.actions());
      for (AuditRecord record : world.audit.records()) {
        assertEquals("filing:" + filing.getId(), record.target());
        assertTrue(record.detail().contains("640***********0036"), record.detail());
        assertFalse(record.detail().contains(ArchiveSamples.WANG_ID), "never the full number");
      }
    }

    @Test
    void aReturnNeedsAReasonAndChangesNothingWithoutOne() {
      Filing filing = world.file(world.makerA, QUALITY_SAFETY_OFFICER, wang(), DEC_1);
      world.as(world.regulatorA);
      assertEquals(
          "error.field.required",
          refusal(
              () ->
                  world.committed(
                      () -> service.returnFiling(filing.getId(), filing.getVersion(), " "))));
      assertEquals(ReviewState.PENDING, filing.getState());
      assertEquals(List.of(ReviewAction.SUBMITTED), stepsOf(filing));
    }

    @Test
    void onlyAReturnedFilingIsResubmittedAndOnlyForTheSamePerson() {
      Filing filing = world.file(world.makerA, QUALITY_SAFETY_OFFICER, wang(), DEC_1);
      assertEquals(
          "error.review.notReturned",
          refusal(
              () ->
                  service.resubmitFiling(
                      filing.getId(), filing.getVersion(), wang(), DEC_1, null, null)));
      world.as(world.regulatorA);
      world.committed(() -> service.returnFiling(filing.getId(), filing.getVersion(), "Why?"));
      world.as(world.adminOf(world.makerA));
      assertEquals(
          "error.filing.otherPerson",
          refusal(
              () ->
                  service.resubmitFiling(
                      filing.getId(), filing.getVersion(), li(), DEC_1, null, null)));
      assertEquals(1, filing.getRevisions().size());
      assertEquals(ReviewState.RETURNED, filing.getState());
    }

    @Test
    void aResubmissionFromAStaleFormIsRefused() {
      Filing filing = world.file(world.makerA, QUALITY_SAFETY_OFFICER, wang(), DEC_1);
      long loaded = filing.getVersion();
      world.as(world.regulatorA);
      world.committed(() -> service.returnFiling(filing.getId(), loaded, "Why?"));
      world.as(world.adminOf(world.makerA));
      assertThrows(
          StaleVersionException.class,
          () -> service.resubmitFiling(filing.getId(), loaded, wang(), DEC_1, null, null));
    }

    @Test
    void aSecondOpenFilingOfThePersonForThePositionIsRefused() {
      Filing first = world.file(world.makerA, QUALITY_SAFETY_OFFICER, wang(), DEC_1);
      BusinessException refused =
          assertThrows(
              BusinessException.class,
              () -> world.file(world.makerA, QUALITY_SAFETY_OFFICER, wang(), JAN_1));
      assertEquals("error.filing.alreadyOpen", refused.getMessageKey());
      assertArrayEquals(new Object[] {first.getId()}, refused.getArguments());
      world.as(world.regulatorA);
      world.committed(() -> service.returnFiling(first.getId(), first.getVersion(), "Why?"));
      assertEquals(
          "error.filing.alreadyOpen",
          refusal(() -> world.file(world.makerA, QUALITY_SAFETY_OFFICER, wang(), JAN_1)),
          "a returned filing is still open: correct it");
      assertEquals(1, world.filings.all().size());
    }

    @Test
    void anEnterpriseListsItsFilingsNewestFirst() {
      Filing first = world.file(world.makerA, QUALITY_SAFETY_OFFICER, wang(), DEC_1);
      Filing second = world.file(world.makerA, LAB_MANAGER, li(), DEC_1);
      world.file(world.otherMakerA, LAB_MANAGER, chen(), DEC_1);
      world.as(world.adminOf(world.makerA));
      assertEquals(List.of(second, first), service.findEnterpriseFilings(world.makerA.getId()));
      assertEquals(0, service.countPendingFilings(), "no work queue for enterprises");
      world.as(world.regulatorA);
      assertEquals(List.of(second, first), service.findEnterpriseFilings(world.makerA.getId()));
    }
  }

  @Nested
  class Approval {

    @Test
    void approvalCreatesThePersonOnceAndASecondEnterpriseFindsThemByTheIdNumber() {
      Appointment first = world.appoint(world.makerA, QUALITY_SAFETY_OFFICER, wang(), DEC_1);
      Person wang = first.getPerson();

      Filing second = world.file(world.otherMakerA, QUALITY_MANAGER, wang(), JAN_1);
      assertSame(wang, second.getPerson(), "known by the hash of the filed number");
      world.approve(second);

      assertEquals(List.of(wang), world.persons.all());
      assertEquals(2, world.appointments.all().size());
      assertTrue(world.appointments.all().stream().allMatch(a -> a.getPerson() == wang));
      assertEquals(
          List.of(wang.getId(), wang.getId()),
          world.approved.fired().stream().map(AppointmentApproved::personId).toList());
    }

    @Test
    void oneLicenceOnePersonAppliesOnceThePersonIsInTheArchive() {
      world.appoint(world.makerA, QUALITY_SAFETY_OFFICER, wang(), DEC_1);
      BusinessException refused =
          assertThrows(
              BusinessException.class,
              () -> world.file(world.otherMakerA, QUALITY_SAFETY_OFFICER, wang(), JAN_1));
      assertEquals("error.appointment.oneLicenceOnePerson", refused.getMessageKey());
      assertEquals("First Maker", refused.getArguments()[0]);
      assertEquals(1, world.filings.all().size(), "nothing filed");

      Filing brand = world.file(world.brandA, QUALITY_SAFETY_OFFICER, wang(), JAN_1);
      world.approve(brand);
      assertEquals(ReviewState.APPROVED, brand.getState(), "an enterprise without a licence");
    }

    @Test
    void twoFilingsBeforeEitherApprovalMeetOneLicenceOnePersonAtTheSecondApproval() {
      Filing atFirst = world.file(world.makerA, QUALITY_SAFETY_OFFICER, wang(), DEC_1);
      Filing atSecond = world.file(world.otherMakerA, QUALITY_SAFETY_OFFICER, wang(), DEC_1);
      world.approve(atFirst);
      assertEquals("error.appointment.oneLicenceOnePerson", refusal(() -> world.approve(atSecond)));
      assertEquals(1, world.persons.all().size());
      assertEquals(1, world.appointments.all().size());
      assertEquals(1, world.approved.fired().size());
    }

    @Test
    void aSecondApprovalFromTheSameVersionIsStale() {
      Filing filing = world.file(world.makerA, QUALITY_SAFETY_OFFICER, wang(), DEC_1);
      long loaded = filing.getVersion();
      world.as(world.regulatorA);
      world.committed(() -> service.approveFiling(filing.getId(), loaded, null));
      world.as(world.secondRegulatorA);
      assertThrows(
          StaleVersionException.class,
          () -> world.committed(() -> service.approveFiling(filing.getId(), loaded, null)));
      assertThrows(
          StaleVersionException.class,
          () -> world.committed(() -> service.returnFiling(filing.getId(), loaded, "No")));
      assertEquals(1, world.approved.fired().size());
      assertEquals(1, world.appointments.all().size());
      assertEquals(List.of(ReviewAction.SUBMITTED, ReviewAction.APPROVED), stepsOf(filing));
    }

    @Test
    void anApprovedFilingIsNotApprovedAgain() {
      Filing filing = world.file(world.makerA, QUALITY_SAFETY_OFFICER, wang(), DEC_1);
      world.approve(filing);
      world.as(world.secondRegulatorA);
      assertEquals(
          "error.review.notPending",
          refusal(() -> service.approveFiling(filing.getId(), filing.getVersion(), null)));
      assertEquals(
          "error.review.notPending",
          refusal(() -> service.returnFiling(filing.getId(), filing.getVersion(), "No")));
      assertEquals(1, world.approved.fired().size());
      assertEquals(1, world.appointments.all().size());
    }

    @Test
    void anOverLongCommentIsRefusedBeforeAnythingIsArchived() {
      Filing filing = world.file(world.makerA, QUALITY_SAFETY_OFFICER, wang(), DEC_1);
      world.as(world.regulatorA);
      assertEquals(
          "error.field.tooLong",
          refusal(
              () -> service.approveFiling(filing.getId(), filing.getVersion(), "x".repeat(501))));
      assertTrue(world.persons.all().isEmpty());
      assertTrue(world.approved.fired().isEmpty());
    }

    @Test
    void aSecondCurrentQualitySafetyOfficerIsRefusedUntilTheFirstHasLeft() {
      Appointment wangAsOfficer =
          world.appoint(world.makerA, QUALITY_SAFETY_OFFICER, wang(), DEC_1);
      assertEquals(
          "error.appointment.positionTaken",
          refusal(() -> world.file(world.makerA, QUALITY_SAFETY_OFFICER, li(), JAN_1)));

      world.as(world.adminOf(world.makerA));
      Filing departure =
          service.fileDeparture(wangAsOfficer.getId(), LocalDate.of(2027, 3, 31), "Retired");
      world.approve(departure);

      assertEquals(
          "error.appointment.positionTaken",
          refusal(
              () ->
                  world.file(
                      world.makerA, QUALITY_SAFETY_OFFICER, li(), LocalDate.of(2027, 3, 31))),
          "not on the predecessor's last day");
      Appointment liAsOfficer =
          world.appoint(world.makerA, QUALITY_SAFETY_OFFICER, li(), LocalDate.of(2027, 4, 1));
      assertEquals(LocalDate.of(2027, 4, 1), liAsOfficer.getTerm().getFrom());
    }

    @Test
    void severalHoldersOfAnotherPositionAreFine() {
      world.appoint(world.makerA, LAB_MANAGER, wang(), DEC_1);
      world.appoint(world.makerA, LAB_MANAGER, li(), DEC_1);
      assertEquals(
          "error.appointment.duplicate",
          refusal(() -> world.file(world.makerA, LAB_MANAGER, wang(), JAN_1)));
    }
  }

  @Nested
  class Bans {

    private Person wangInTheArchive() {
      world.appoint(world.makerA, LAB_MANAGER, wang(), DEC_1);
      return world.person(wang());
    }

    private void ban(Person person, String decidedOn, String until) {
      world.as(world.regulatorA);
      world.supervisionService.recordSanction(
          person.getId(),
          null,
          "NX-2026-017",
          LocalDate.parse(decidedOn),
          "Cosmetics regulation art. 68",
          LocalDate.parse(until));
    }

    @Test
    void aBannedPersonIsRefusedAtFilingWithTheDecision() {
      ban(wangInTheArchive(), "2026-11-20", "2028-11-19");
      BusinessException refused =
          assertThrows(
              BusinessException.class,
              () -> world.file(world.otherMakerA, QUALITY_SAFETY_OFFICER, wang(), JAN_1));
      assertEquals("error.filing.banned", refused.getMessageKey());
      assertArrayEquals(
          new Object[] {"NX-2026-017", LocalDate.of(2028, 11, 19)}, refused.getArguments());
      Filing afterTheBan =
          world.file(world.otherMakerA, QUALITY_SAFETY_OFFICER, wang(), LocalDate.of(2028, 11, 20));
      assertEquals(ReviewState.PENDING, afterTheBan.getState());
    }

    @Test
    void anAppointmentBackdatedToBeforeTheBanIsRefusedToo() {
      ban(wangInTheArchive(), "2026-11-20", "2027-11-19");
      assertEquals(
          "error.filing.banned",
          refusal(
              () ->
                  world.file(
                      world.otherMakerA,
                      QUALITY_SAFETY_OFFICER,
                      wang(),
                      LocalDate.of(2026, 11, 1))));
    }

    @Test
    void aBanRecordedWhileTheFilingWaitsIsRefusedAtApproval() {
      Person wang = wangInTheArchive();
      Filing filing = world.file(world.otherMakerA, QUALITY_SAFETY_OFFICER, wang(), JAN_1);
      ban(wang, "2026-11-21", "2027-11-20");
      assertEquals("error.filing.banned", refusal(() -> world.approve(filing)));
      assertEquals(1, world.appointments.all().size(), "only the earlier appointment");
      assertEquals(1, world.approved.fired().size());
    }
  }

  @Nested
  class ChangesAndDepartures {

    private Appointment wangAsOfficer;

    private void appointWang() {
      wangAsOfficer = world.appoint(world.makerA, QUALITY_SAFETY_OFFICER, wang(), DEC_1);
      world.as(world.adminOf(world.makerA));
    }

    @Test
    void aChangeShowsItsDiffAndUpdatesTheParticularsWhenApproved() {
      appointWang();
      Filing change =
          service.fileChange(
              wangAsOfficer.getId(),
              withPhoneAndTitle(wang(), "13911111111", "Senior engineer"),
              JAN_1,
              null,
              "Promoted");
      assertEquals(FilingKind.CHANGE, change.getKind());
      assertSame(wangAsOfficer, change.getAppointment());
      Person wang = wangAsOfficer.getPerson();
      assertEquals("13900000000", wang.getPhone(), "pending: the archive is unchanged");
      assertEquals(List.of("general.phone", "general.professionalTitle"), changedFields(change));

      world.approve(change);
      assertEquals("13911111111", wang.getPhone());
      assertEquals("Senior engineer", wang.getParticulars().getProfessionalTitle());
      assertEquals(List.of(), changedFields(change), "the archive now is what was filed");
      assertEquals(1, world.approved.fired().size(), "a change is no new appointment");
      assertNull(wangAsOfficer.getTerm().getTo());
    }

    @Test
    void aChangeFilingAnotherIdNumberIsRefusedAtOnce() {
      appointWang();
      assertEquals(
          "error.person.otherIdNumber",
          refusal(
              () ->
                  service.fileChange(
                      wangAsOfficer.getId(),
                      withIdNumber(wang(), ArchiveSamples.SUN_ID),
                      JAN_1,
                      null,
                      null)));
      assertEquals(1, world.filings.all().size());
    }

    @Test
    void aSecondOpenFilingAboutTheAppointmentIsRefused() {
      appointWang();
      Filing change = service.fileChange(wangAsOfficer.getId(), wang(), JAN_1, null, null);
      BusinessException refused =
          assertThrows(
              BusinessException.class,
              () -> service.fileDeparture(wangAsOfficer.getId(), JAN_1, null));
      assertEquals("error.filing.alreadyOpen", refused.getMessageKey());
      assertArrayEquals(new Object[] {change.getId()}, refused.getArguments());
    }

    @Test
    void aDepartureEndsTheAppointmentWhenApproved() {
      appointWang();
      Filing departure =
          service.fileDeparture(wangAsOfficer.getId(), LocalDate.of(2027, 3, 31), "Retired");
      assertEquals(FilingKind.DEPARTURE, departure.getKind());
      assertNull(departure.currentRevision().getParticulars());
      assertNull(wangAsOfficer.getTerm().getTo(), "pending: still in office");
      world.approve(departure);
      assertEquals(LocalDate.of(2027, 3, 31), wangAsOfficer.getTerm().getTo());
      assertEquals("Retired", wangAsOfficer.getEndReason());
      assertFalse(wangAsOfficer.isCurrent(LocalDate.of(2027, 4, 1)));
    }

    @Test
    void aDepartureBeforeTheStartIsRefused() {
      appointWang();
      assertEquals(
          "error.dates.endBeforeStart",
          refusal(
              () ->
                  service.fileDeparture(wangAsOfficer.getId(), LocalDate.of(2026, 11, 30), null)));
    }

    @Test
    void aDepartureOfAnAppointmentThatHasEndedIsRefusedWhenFiled() {
      appointWang();
      world.approve(service.fileDeparture(wangAsOfficer.getId(), JAN_1, null));
      world.as(world.adminOf(world.makerA));
      assertEquals(
          "error.appointment.alreadyEnded",
          refusal(() -> service.fileDeparture(wangAsOfficer.getId(), JAN_1.plusDays(1), null)));
    }

    @Test
    void aDepartureNoteLongerThanTheEndReasonIsRefusedWhenFiled() {
      appointWang();
      assertEquals(
          "error.field.tooLong",
          refusal(
              () ->
                  service.fileDeparture(
                      wangAsOfficer.getId(), JAN_1, "x".repeat(Appointment.END_REASON_MAX + 1))));
    }

    @Test
    void aReturnedDepartureIsCorrected() {
      appointWang();
      Filing departure = service.fileDeparture(wangAsOfficer.getId(), JAN_1, "Leaves");
      world.as(world.regulatorA);
      world.committed(
          () -> service.returnFiling(departure.getId(), departure.getVersion(), "Which day?"));
      world.as(world.adminOf(world.makerA));
      assertEquals(
          "error.dates.endBeforeStart",
          refusal(
              () ->
                  service.resubmitFiling(
                      departure.getId(),
                      departure.getVersion(),
                      null,
                      LocalDate.of(2026, 1, 1),
                      null,
                      null)));
      world.committed(
          () ->
              service.resubmitFiling(
                  departure.getId(),
                  departure.getVersion(),
                  null,
                  LocalDate.of(2027, 2, 28),
                  null,
                  "Leaves end of February"));
      world.approve(departure);
      assertEquals(LocalDate.of(2027, 2, 28), wangAsOfficer.getTerm().getTo());
    }
  }

  @Nested
  class WhatTheReviewerSees {

    @Test
    void theQualificationOfAQualitySafetyOfficerIsShownWithItsReasons() {
      Filing wangFiling = world.file(world.makerA, QUALITY_SAFETY_OFFICER, wang(), DEC_1);
      world.as(world.regulatorA);
      FilingDetails wang = service.getFiling(wangFiling.getId());
      assertTrue(wang.qualification().met());
      assertEquals(
          List.of("qualification.major.related", "qualification.experience.enough"),
          wang.qualification().reasons().stream().map(r -> r.messageKey()).toList());
    }

    @Test
    void anUnqualifiedOfficerIsFlaggedButMayStillBeApproved() {
      Filing chenFiling = world.file(world.makerA, QUALITY_SAFETY_OFFICER, chen(), DEC_1);
      world.as(world.regulatorA);
      FilingDetails chen = service.getFiling(chenFiling.getId());
      assertFalse(chen.qualification().met());
      assertEquals(
          List.of("qualification.major.unrelated", "qualification.experience.short"),
          chen.qualification().reasons().stream().map(r -> r.messageKey()).toList());
      world.approve(chenFiling);
      assertEquals(ReviewState.APPROVED, chenFiling.getState());
    }

    @Test
    void otherPositionsHaveNoQualificationCheck() {
      Filing lab = world.file(world.makerA, LAB_MANAGER, chen(), DEC_1);
      world.as(world.regulatorA);
      assertNull(service.getFiling(lab.getId()).qualification());
    }

    @Test
    void someoneNewShowsEveryFieldAsNewAndSomeoneKnownOnlyWhatChanged() {
      Filing first = world.file(world.makerA, LAB_MANAGER, wang(), DEC_1);
      assertTrue(changedFields(first).contains("general.idNumber"));
      world.approve(first);
      Filing second =
          world.file(
              world.otherMakerA,
              LAB_MANAGER,
              withPhoneAndTitle(wang(), "13922222222", "Engineer"),
              JAN_1);
      assertEquals(List.of("general.phone"), changedFields(second));
    }
  }

  @Nested
  class Scope {

    @Test
    void aRegulatorOfAnotherCityNeitherSeesNorDecidesTheFiling() {
      Filing filing = world.file(world.makerA, QUALITY_SAFETY_OFFICER, wang(), DEC_1);
      world.as(world.regulatorB);
      assertThrows(NotFoundException.class, () -> service.getFiling(filing.getId()));
      assertThrows(
          NotFoundException.class,
          () -> service.approveFiling(filing.getId(), filing.getVersion(), null));
      assertThrows(
          NotFoundException.class,
          () -> service.returnFiling(filing.getId(), filing.getVersion(), "Not mine"));
      assertThrows(
          NotFoundException.class, () -> service.findEnterpriseFilings(world.makerA.getId()));
      assertEquals(List.of(), service.findWorkQueue());
      assertEquals(0, service.countPendingFilings());
      assertEquals(ReviewState.PENDING, filing.getState());
      assertEquals(List.of(ReviewAction.SUBMITTED), stepsOf(filing));

      world.as(world.provincialRegulator);
      assertEquals(List.of(filing), service.findWorkQueue(), "the province sees its cities");
    }

    @Test
    void anUnknownFilingIsNotFoundEither() {
      world.as(world.regulatorA);
      assertThrows(NotFoundException.class, () -> service.getFiling(999));
      assertThrows(NotFoundException.class, () -> service.approveFiling(999, 1, null));
    }

    @Test
    void anEnterpriseAdministratorFilesOnlyForTheirOwnEnterprise() {
      world.as(world.adminOf(world.makerA));
      assertThrows(
          NotFoundException.class,
          () ->
              service.fileAppointment(
                  world.otherMakerA.getId(), QUALITY_SAFETY_OFFICER, wang(), DEC_1, null, null));
      assertThrows(
          NotFoundException.class,
          () ->
              service.fileAppointment(
                  world.makerB.getId(), QUALITY_SAFETY_OFFICER, wang(), DEC_1, null, null));
      assertTrue(world.filings.all().isEmpty());
    }

    @Test
    void anEnterpriseAdministratorDoesNotTouchAnotherEnterprisesFilingsOrStaff() {
      Appointment wangAsOfficer =
          world.appoint(world.makerA, QUALITY_SAFETY_OFFICER, wang(), DEC_1);
      Filing pending = world.file(world.makerA, LAB_MANAGER, li(), DEC_1);
      world.as(world.regulatorA);
      world.committed(() -> service.returnFiling(pending.getId(), pending.getVersion(), "Why?"));

      world.as(world.adminOf(world.otherMakerA));
      assertThrows(NotFoundException.class, () -> service.getFiling(pending.getId()));
      assertThrows(
          NotFoundException.class,
          () ->
              service.resubmitFiling(
                  pending.getId(), pending.getVersion(), li(), DEC_1, null, null));
      assertThrows(
          NotFoundException.class, () -> service.fileDeparture(wangAsOfficer.getId(), JAN_1, null));
      assertThrows(
          NotFoundException.class,
          () -> service.fileChange(wangAsOfficer.getId(), wang(), JAN_1, null, null));
      assertThrows(
          NotFoundException.class, () -> service.findEnterpriseFilings(world.makerA.getId()));
    }

    @Test
    void regulatorsDoNotFileAndEnterprisesDoNotReview() {
      world.as(world.regulatorA);
      assertThrows(
          AccessDeniedException.class,
          () ->
              service.fileAppointment(
                  world.makerA.getId(), QUALITY_SAFETY_OFFICER, wang(), DEC_1, null, null));
      Filing filing = world.file(world.makerA, QUALITY_SAFETY_OFFICER, wang(), DEC_1);
      assertThrows(
          AccessDeniedException.class,
          () -> service.approveFiling(filing.getId(), filing.getVersion(), null));
      assertThrows(
          AccessDeniedException.class,
          () -> service.returnFiling(filing.getId(), filing.getVersion(), "Mine"));
      assertThrows(AccessDeniedException.class, service::findWorkQueue);
    }
  }
}
