package org.cosqual.personnel.domain.model.person;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import org.cosqual.personnel.domain.shared.BusinessException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WorkExperienceTest {

  private static final LocalDate FROM = LocalDate.of(2015, 3, 1);

  private static WorkExperience job(
      String employer, LocalDate from, LocalDate to, Industry industry, ExperienceArea area) {
    return new WorkExperience(employer, from, to, industry, area, " ");
  }

  private static String refusal(
      String employer, LocalDate from, LocalDate to, Industry industry, ExperienceArea area) {
    return assertThrows(BusinessException.class, () -> job(employer, from, to, industry, area))
        .getMessageKey();
  }

  @Test
  void aJobKeepsWhatWasFiled() {
    WorkExperience job =
        job(" Maker ", FROM, FROM, Industry.DRUG, ExperienceArea.PRODUCTION_MANAGEMENT);
    assertEquals("Maker", job.getEmployer());
    assertEquals(FROM, job.getTo(), "a one-day job is a job");
    assertNull(job.getPosition());
  }

  @Test
  void employerStartIndustryAndAreaAreRequired() {
    assertEquals(
        "error.field.required", refusal(" ", FROM, null, Industry.DRUG, ExperienceArea.OTHER));
    assertEquals(
        "error.field.required", refusal("Maker", null, null, Industry.DRUG, ExperienceArea.OTHER));
    assertEquals("error.field.required", refusal("Maker", FROM, null, null, ExperienceArea.OTHER));
    assertEquals("error.field.required", refusal("Maker", FROM, null, Industry.DRUG, null));
  }

  @Test
  void anEndBeforeTheStartIsRefused() {
    assertEquals(
        "error.dates.endBeforeStart",
        refusal("Maker", FROM, FROM.minusDays(1), Industry.DRUG, ExperienceArea.OTHER));
  }

  @ParameterizedTest
  @CsvSource({
    "COSMETICS, QUALITY_MANAGEMENT, true",
    "COSMETICS, PRODUCTION_MANAGEMENT, true",
    "DRUG, QUALITY_MANAGEMENT, true",
    "MEDICAL_DEVICE, PRODUCTION_MANAGEMENT, true",
    "SPECIAL_FOOD, QUALITY_MANAGEMENT, true",
    "OTHER, QUALITY_MANAGEMENT, false",
    "COSMETICS, OTHER, false",
  })
  void relevanceNeedsACountedIndustryAndProductionOrQualityWork(
      Industry industry, ExperienceArea area, boolean relevant) {
    assertEquals(relevant, job("Maker", FROM, null, industry, area).relevantToQualitySafety());
  }
}
