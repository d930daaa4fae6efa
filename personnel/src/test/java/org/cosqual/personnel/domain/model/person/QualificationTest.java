package org.cosqual.personnel.domain.model.person;

import static org.cosqual.personnel.testing.ArchiveSamples.TODAY;
import static org.cosqual.personnel.testing.ArchiveSamples.education;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.cosqual.personnel.domain.model.person.Qualification.Reason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Today is 22 November 2026: the five years before it hold one 29 February (2024), 1826 days. */
class QualificationTest {

  private static WorkExperience job(String from, String to) {
    return job(from, to, Industry.COSMETICS, ExperienceArea.QUALITY_MANAGEMENT);
  }

  private static WorkExperience job(
      String from, String to, Industry industry, ExperienceArea area) {
    return new WorkExperience(
        "Maker",
        LocalDate.parse(from),
        to == null ? null : LocalDate.parse(to),
        industry,
        area,
        null);
  }

  private static Qualification assess(MajorField field, WorkExperience... jobs) {
    return Qualification.assess(education(field), List.of(jobs), TODAY);
  }

  private static long days(WorkExperience... jobs) {
    return Qualification.relevantDays(List.of(jobs), TODAY);
  }

  private static Reason experience(Qualification qualification) {
    return qualification.reasons().get(1);
  }

  @Test
  void fiveYearsToTodayWithARelatedMajorMeetIt() {
    Qualification met = assess(MajorField.CHEMISTRY, job("2021-11-23", null));
    assertTrue(met.met());
    assertEquals(
        List.of(
            new Reason(
                "qualification.major.related",
                List.of("Applied chemistry", "MajorField.CHEMISTRY")),
            new Reason("qualification.experience.enough", List.of(new BigDecimal("5.0"), 5))),
        met.reasons());
  }

  @Test
  void oneDayFewerIsShortAndSaysSoWithTheYearsItHas() {
    Qualification short1 = assess(MajorField.CHEMISTRY, job("2021-11-24", null));
    assertFalse(short1.met());
    assertEquals(
        new Reason("qualification.experience.short", List.of(new BigDecimal("4.9"), 5)),
        experience(short1));
  }

  @Test
  void overlappingJobsCountOnce() {
    WorkExperience first = job("2016-01-01", "2019-12-31");
    WorkExperience second = job("2018-01-01", "2020-12-31");
    assertEquals(1461, days(first));
    assertEquals(1096, days(second));
    assertEquals(1827, days(first, second), "2016-01-01 to 2020-12-31, not 1461 + 1096");
    assertEquals(1827, days(second, first), "whatever the order entered");
    assertTrue(assess(MajorField.PHARMACY, second, first).met());
  }

  @Test
  void aJobInsideAnotherAddsNothing() {
    assertEquals(
        days(job("2010-01-01", "2020-12-31")),
        days(job("2010-01-01", "2020-12-31"), job("2012-03-01", "2013-02-28")));
  }

  @Test
  void adjacentJobsAddUpWithoutLosingOrDoublingTheDayBetween() {
    assertEquals(1827, days(job("2016-01-01", "2018-12-31"), job("2019-01-01", "2020-12-31")));
  }

  @Test
  void anOpenEndedJobCountsUpToTodayIncluded() {
    assertEquals(1, days(job("2026-11-22", null)));
    assertEquals(2, days(job("2026-11-21", "2027-12-31")), "a planned end counts up to today");
  }

  @Test
  void aJobStartingAfterTodayCountsNothing() {
    assertEquals(0, days(job("2026-11-23", null)));
    assertEquals(0, days(job("2026-11-23", "2030-01-01"), job("2027-01-01", null)));
  }

  @Test
  void onlyProductionOrQualityManagementInTheCountedIndustriesCounts() {
    assertEquals(
        0, days(job("2010-01-01", null, Industry.OTHER, ExperienceArea.QUALITY_MANAGEMENT)));
    assertEquals(0, days(job("2010-01-01", null, Industry.COSMETICS, ExperienceArea.OTHER)));
    assertEquals(
        days(job("2010-01-01", null)),
        days(job("2010-01-01", null, Industry.SPECIAL_FOOD, ExperienceArea.PRODUCTION_MANAGEMENT)));
    assertFalse(
        assess(
                MajorField.CHEMISTRY,
                job("2000-01-01", null, Industry.OTHER, ExperienceArea.QUALITY_MANAGEMENT))
            .met());
  }

  @Test
  void anUnrelatedMajorIsNotMetWhateverTheExperienceAndSaysWhy() {
    Qualification unrelated = assess(MajorField.OTHER, job("2000-01-01", null));
    assertFalse(unrelated.met());
    assertEquals(
        new Reason(
            "qualification.major.unrelated", List.of("Applied chemistry", "MajorField.OTHER")),
        unrelated.reasons().get(0));
    assertEquals("qualification.experience.enough", experience(unrelated).messageKey());
  }

  @Test
  void withoutEducationTheMajorIsMissing() {
    Qualification missing = Qualification.assess(null, List.of(job("2000-01-01", null)), TODAY);
    assertFalse(missing.met());
    assertEquals(new Reason("qualification.major.missing", List.of()), missing.reasons().get(0));
  }

  @Test
  void withoutExperienceItIsShortByFiveYears() {
    assertEquals(
        new Reason("qualification.experience.short", List.of(new BigDecimal("0.0"), 5)),
        experience(assess(MajorField.CHEMISTRY)));
  }

  @ParameterizedTest
  @EnumSource(value = MajorField.class, names = "OTHER", mode = EnumSource.Mode.EXCLUDE)
  void theNineFieldsOfTheRuleAreRelated(MajorField field) {
    assertTrue(field.relatedToQualitySafety());
    assertTrue(assess(field, job("2010-01-01", null)).met());
  }

  @Test
  void theFourRegulatedIndustriesCount() {
    for (Industry industry : Industry.values()) {
      assertEquals(industry != Industry.OTHER, industry.countsForQualitySafety(), industry.name());
    }
  }

  @Test
  void aPersonWithoutParticularsIsAssessedAsHavingNoMajor() {
    Qualification regulator = new Person("Zhang San", null, null).qualification(TODAY);
    assertFalse(regulator.met());
    assertEquals("qualification.major.missing", regulator.reasons().get(0).messageKey());
  }
}
