package org.cosqual.personnel.domain.model.filing;

import static org.cosqual.personnel.testing.ArchiveSamples.NOW;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.cosqual.personnel.domain.model.person.ExperienceArea;
import org.cosqual.personnel.domain.model.person.Industry;
import org.cosqual.personnel.domain.model.person.WorkExperience;
import org.cosqual.personnel.domain.shared.BusinessException;
import org.junit.jupiter.api.Test;

class FilingRevisionTest {

  private static final LocalDate DAY = LocalDate.of(2026, 12, 1);

  private static FilingRevision revision(
      String name, String phone, LocalDate effectiveOn, String note) {
    return new FilingRevision(
        name, phone, null, null, List.of(), effectiveOn, null, note, "entadmin", NOW);
  }

  private static String refusal(String name, String phone, LocalDate effectiveOn, String note) {
    return assertThrows(BusinessException.class, () -> revision(name, phone, effectiveOn, note))
        .getMessageKey();
  }

  @Test
  void aRevisionKeepsWhatWasFiledTrimmed() {
    FilingRevision revision = revision(" Wang Wei ", " ", DAY, " Retired ");
    assertEquals("Wang Wei", revision.getName());
    assertNull(revision.getPhone());
    assertEquals("Retired", revision.getNote());
    assertEquals(DAY, revision.getEffectiveOn());
    assertEquals("entadmin", revision.getSubmittedBy());
    assertEquals(NOW, revision.getSubmittedAt());
  }

  @Test
  void aRevisionNeedsANameAndTheDayItTakesEffect() {
    assertEquals("error.field.required", refusal(" ", null, DAY, null));
    assertEquals("error.field.required", refusal("Wang Wei", null, null, null));
  }

  @Test
  void overLongFieldsAreRefused() {
    assertEquals("error.field.tooLong", refusal("x".repeat(51), null, DAY, null));
    assertEquals("error.field.tooLong", refusal("Wang Wei", "1".repeat(21), DAY, null));
    assertEquals(
        "error.field.tooLong",
        refusal("Wang Wei", null, DAY, "x".repeat(FilingRevision.NOTE_MAX + 1)));
  }

  @Test
  void theWorkHistoryIsCopiedAsFiledAndCannotBeChangedAfterwards() {
    List<WorkExperience> jobs = new ArrayList<>();
    jobs.add(
        new WorkExperience(
            "First Maker",
            LocalDate.of(2010, 1, 1),
            null,
            Industry.COSMETICS,
            ExperienceArea.QUALITY_MANAGEMENT,
            null));
    FilingRevision revision =
        new FilingRevision("Wang Wei", null, null, null, jobs, DAY, null, null, "entadmin", NOW);
    jobs.clear();
    assertEquals(1, revision.getExperiences().size());
    assertThrows(UnsupportedOperationException.class, () -> revision.getExperiences().clear());
  }
}
