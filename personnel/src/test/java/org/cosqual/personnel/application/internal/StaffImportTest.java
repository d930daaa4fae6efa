package org.cosqual.personnel.application.internal;

import static org.cosqual.personnel.application.StaffSheet.*;
import static org.cosqual.personnel.application.internal.ArchiveFixture.DEC_1;
import static org.cosqual.personnel.application.internal.ArchiveFixture.wang;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cosqual.personnel.application.internal.StaffRowCheck.Checked;
import org.cosqual.personnel.application.spreadsheet.SheetRow;
import org.cosqual.personnel.domain.model.appointment.Appointment;
import org.cosqual.personnel.domain.model.appointment.AppointmentKey;
import org.cosqual.personnel.domain.model.appointment.KeyPosition;
import org.cosqual.personnel.domain.model.enterprise.CreditCode;
import org.cosqual.personnel.domain.model.enterprise.Enterprise;
import org.cosqual.personnel.domain.shared.AccessDeniedException;
import org.cosqual.personnel.domain.shared.BusinessException;
import org.cosqual.personnel.testing.ArchiveSamples;
import org.junit.jupiter.api.Test;

/** The checks of a staff sheet's rows, and the archive rules when a row is recorded. */
class StaffImportTest {

  private final ArchiveFixture world = new ArchiveFixture();
  private final StaffRecorder recorder = new StaffRecorder();

  StaffImportTest() {
    recorder.persons = world.persons;
    recorder.appointments = world.appointments;
    recorder.rules = world.rules;
    recorder.audit = world.audit;
    recorder.appointmentApproved = world.approved;
    recorder.caller = world.caller;
    recorder.clock = world.clock;
  }

  private StaffRowCheck check(Set<AppointmentKey> archived, Enterprise... inScope) {
    Map<CreditCode, Enterprise> byCode = new HashMap<>();
    for (Enterprise e : inScope) {
      byCode.put(e.getCreditCode(), e);
    }
    return new StaffRowCheck(byCode, archived, world.protector, world.clock);
  }

  private static SheetRow row(int number, Enterprise enterprise, String idNumber, KeyPosition at) {
    Map<String, Object> values = new HashMap<>();
    values.put(CREDIT_CODE, enterprise.getCreditCode().value());
    values.put(POSITION, List.of("KeyPosition." + at));
    values.put(FROM, LocalDate.of(2026, 9, 1));
    values.put(NAME, "Gao Feng");
    values.put(ID_TYPE, List.of("IdType.RESIDENT_ID_CARD"));
    values.put(ID_NUMBER, idNumber);
    values.put(DEGREE, List.of("Degree.BACHELOR"));
    values.put(MAJOR, "Applied chemistry");
    values.put(MAJOR_FIELD, List.of("MajorField.CHEMISTRY"));
    values.put(EMPLOYER, "First Maker");
    values.put(JOB_FROM, LocalDate.of(2010, 7, 1));
    values.put(INDUSTRY, List.of("Industry.COSMETICS"));
    values.put(AREA, List.of("ExperienceArea.QUALITY_MANAGEMENT"));
    return new SheetRow(number, values);
  }

  @Test
  void aGoodRowCarriesTheProtectedNumberAndTheJob() {
    Checked checked =
        check(Set.of(), world.makerA)
            .check(row(2, world.makerA, ArchiveSamples.WANG_ID, KeyPosition.QUALITY_MANAGER));
    assertTrue(checked.errors().isEmpty(), checked.errors().toString());
    assertFalse(checked.unchanged());
    assertEquals("640***********0036", checked.particulars().getIdNumber().masked());
    assertEquals(1, checked.experiences().size());
    assertEquals(LocalDate.of(2026, 9, 1), checked.term().getFrom());
  }

  @Test
  void everyBadValueIsReportedWithItsColumnAndNothingElseIsChecked() {
    SheetRow bad = row(3, world.makerB, "640104198003150037", KeyPosition.QUALITY_MANAGER);
    Checked checked = check(Set.of(), world.makerA).check(bad);
    assertEquals(
        List.of(CREDIT_CODE, ID_NUMBER),
        checked.errors().stream().map(e -> e.column()).toList(),
        checked.errors().toString());
    assertEquals(
        List.of("error.staffImport.enterpriseUnknown", "error.idNumber.check"),
        checked.errors().stream().map(e -> e.messageKey()).toList());
  }

  @Test
  void theSameAppointmentTwiceInAFileIsRefusedAndOneInTheArchiveIsUnchanged() {
    StaffRowCheck check = check(Set.of(), world.makerA);
    check.check(row(2, world.makerA, ArchiveSamples.WANG_ID, KeyPosition.QUALITY_MANAGER));
    Checked twice =
        check.check(row(5, world.makerA, ArchiveSamples.WANG_ID, KeyPosition.QUALITY_MANAGER));
    assertEquals("error.staffImport.duplicateRow", twice.errors().get(0).messageKey());
    assertEquals(2, twice.errors().get(0).arguments().get(1));

    String hash = world.hashOf(wang());
    AppointmentKey archived =
        new AppointmentKey(
            world.makerA.getId(), KeyPosition.QUALITY_MANAGER, hash, LocalDate.of(2026, 9, 1));
    Checked again =
        check(Set.of(archived), world.makerA)
            .check(row(2, world.makerA, ArchiveSamples.WANG_ID, KeyPosition.QUALITY_MANAGER));
    assertTrue(again.unchanged());
  }

  @Test
  void aRecordedRowArchivesThePersonOnceWithTheImporterAndFiresTheEvent() {
    world.as(world.regulatorA);
    recorder.record(
        check(Set.of(), world.makerA)
            .check(row(2, world.makerA, ArchiveSamples.WANG_ID, KeyPosition.QUALITY_MANAGER)));
    recorder.record(
        check(Set.of(), world.makerA)
            .check(row(3, world.makerA, ArchiveSamples.WANG_ID, KeyPosition.LAB_MANAGER)));
    assertEquals(1, world.persons.all().size(), "one person, found again by the hash");
    List<Appointment> made = world.appointments.all();
    assertEquals(2, made.size());
    assertTrue(made.stream().allMatch(a -> "inspector-a".equals(a.getImportedBy())));
    assertEquals(2, world.approved.fired().size());
  }

  @Test
  void aPersonAlreadyArchivedKeepsTheirParticularsAndHistory() {
    world.appoint(world.makerA, KeyPosition.QUALITY_SAFETY_OFFICER, wang(), DEC_1);
    int jobs = world.person(wang()).getExperiences().size();
    String name = world.person(wang()).getName();
    world.as(world.regulatorA);
    recorder.record(
        check(Set.of(), world.makerA)
            .check(row(2, world.makerA, ArchiveSamples.WANG_ID, KeyPosition.LAB_MANAGER)));
    assertEquals(name, world.person(wang()).getName());
    assertEquals(jobs, world.person(wang()).getExperiences().size());
    assertEquals(2, world.appointments.all().size());
  }

  @Test
  void theArchiveRulesApplyWhenARowIsRecorded() {
    world.appoint(world.makerA, KeyPosition.QUALITY_SAFETY_OFFICER, wang(), DEC_1);
    world.as(world.regulatorA);
    Checked second =
        check(Set.of(), world.otherMakerA)
            .check(
                row(
                    2,
                    world.otherMakerA,
                    ArchiveSamples.WANG_ID,
                    KeyPosition.QUALITY_SAFETY_OFFICER));
    BusinessException oneLicence =
        assertThrows(BusinessException.class, () -> recorder.record(second));
    assertEquals("error.appointment.oneLicenceOnePerson", oneLicence.getMessageKey());
  }

  @Test
  void onlyRegulatorsRecord() {
    world.as(world.adminOf(world.makerA));
    Checked row =
        check(Set.of(), world.makerA)
            .check(row(2, world.makerA, ArchiveSamples.WANG_ID, KeyPosition.QUALITY_MANAGER));
    assertThrows(AccessDeniedException.class, () -> recorder.record(row));
  }
}
