package org.cosqual.personnel.application.internal;

import static org.cosqual.personnel.application.internal.ArchiveFixture.DEC_1;
import static org.cosqual.personnel.application.internal.ArchiveFixture.wang;
import static org.cosqual.personnel.application.internal.ArchiveFixture.withIdNumber;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import org.cosqual.personnel.application.FiledParticulars;
import org.cosqual.personnel.domain.model.filing.FilingRevision;
import org.cosqual.personnel.domain.model.person.Degree;
import org.cosqual.personnel.domain.model.person.ExperienceArea;
import org.cosqual.personnel.domain.model.person.IdType;
import org.cosqual.personnel.domain.model.person.Industry;
import org.cosqual.personnel.domain.model.person.MajorField;
import org.cosqual.personnel.domain.model.person.Person;
import org.cosqual.personnel.domain.model.person.Sex;
import org.cosqual.personnel.domain.model.person.WorkExperience;
import org.cosqual.personnel.domain.shared.BusinessException;
import org.cosqual.personnel.testing.ArchiveSamples;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RevisionsTest {

  private final ArchiveFixture world = new ArchiveFixture();
  private final Revisions revisions = world.revisions;

  @BeforeEach
  void actAsTheEnterprise() {
    world.as(world.adminOf(world.makerA));
  }

  private static String refusal(Runnable work) {
    return assertThrows(BusinessException.class, work::run).getMessageKey();
  }

  @Test
  void whatWasFiledBecomesAProtectedRevisionByTheCallerNow() {
    FilingRevision revision = revisions.withParticulars(wang(), DEC_1, 90L, " New officer ");
    assertEquals("Wang Wei", revision.getName());
    assertEquals(DEC_1, revision.getEffectiveOn());
    assertEquals(90L, revision.getDocumentFileId());
    assertEquals("New officer", revision.getNote());
    assertEquals("entadmin-1", revision.getSubmittedBy());
    assertEquals(ArchiveSamples.NOW, revision.getSubmittedAt());
    assertEquals(LocalDate.of(1980, 3, 15), revision.getParticulars().getBirthDate());
    assertEquals(Sex.MALE, revision.getParticulars().getSex());
    assertEquals("640***********0036", revision.getParticulars().getIdNumber().masked());
    assertFalse(
        revision.getParticulars().getIdNumber().cipherText().contains(ArchiveSamples.WANG_ID));
    assertEquals(MajorField.CHEMISTRY, revision.getParticulars().getEducation().getMajorField());
    FiledParticulars.Experience job = wang().experiences().get(0);
    assertEquals(
        List.of(
            new WorkExperience(
                job.employer(), job.from(), job.to(), job.industry(), job.area(), job.position())),
        revision.getExperiences());
  }

  @Test
  void aBadIdNumberIsRefusedWithItsReason() {
    assertEquals(
        "error.idNumber.check",
        refusal(
            () ->
                revisions.withParticulars(
                    withIdNumber(wang(), "640104198003150037"), DEC_1, null, null)));
    assertEquals(
        "error.idNumber.format",
        refusal(
            () ->
                revisions.withParticulars(
                    withIdNumber(wang(), "64010419800315"), DEC_1, null, null)));
  }

  private static FiledParticulars passport(String number, LocalDate birthDate) {
    return new FiledParticulars(
        "Anna Schmidt",
        null,
        null,
        IdType.PASSPORT,
        number,
        birthDate,
        Sex.FEMALE,
        Degree.MASTER,
        "Chemistry",
        MajorField.CHEMISTRY,
        null,
        null,
        null,
        List.of());
  }

  @Test
  void aPassportHolderFilesBirthDateAndSex() {
    FilingRevision revision =
        revisions.withParticulars(
            passport(" c01x00t47 ", LocalDate.of(1982, 5, 4)), DEC_1, null, null);
    assertEquals("C01**0T47", revision.getParticulars().getIdNumber().masked());
    assertEquals(LocalDate.of(1982, 5, 4), revision.getParticulars().getBirthDate());
    assertEquals(Sex.FEMALE, revision.getParticulars().getSex());
    assertEquals(
        "error.field.required",
        refusal(() -> revisions.withParticulars(passport("C01X00T47", null), DEC_1, null, null)));
  }

  @Test
  void aBadJobIsRefused() {
    FiledParticulars backwards =
        ArchiveFixture.filed(
            "Wang Wei",
            ArchiveSamples.WANG_ID,
            MajorField.CHEMISTRY,
            null,
            new FiledParticulars.Experience(
                "Maker",
                LocalDate.of(2020, 1, 1),
                LocalDate.of(2019, 1, 1),
                Industry.COSMETICS,
                ExperienceArea.QUALITY_MANAGEMENT,
                null));
    assertEquals(
        "error.dates.endBeforeStart",
        refusal(() -> revisions.withParticulars(backwards, DEC_1, null, null)));
  }

  @Test
  void aDepartureFilesThePersonsNameAndTheLastDayOnly() {
    Person wang = ArchiveSamples.person(501, "Wang Wei", ArchiveSamples.WANG_ID);
    FilingRevision departure = revisions.departure(wang, LocalDate.of(2027, 3, 31), "Retired");
    assertEquals("Wang Wei", departure.getName());
    assertNull(departure.getParticulars());
    assertEquals(List.of(), departure.getExperiences());
    assertEquals(LocalDate.of(2027, 3, 31), departure.getEffectiveOn());
    assertEquals(
        "error.field.tooLong",
        refusal(() -> revisions.departure(wang, LocalDate.of(2027, 3, 31), "x".repeat(201))));
    assertEquals("error.field.required", refusal(() -> revisions.departure(wang, null, "Retired")));
  }
}
