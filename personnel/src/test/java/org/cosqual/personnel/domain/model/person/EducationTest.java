package org.cosqual.personnel.domain.model.person;

import static org.cosqual.personnel.testing.ArchiveSamples.CLOCK;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.cosqual.personnel.domain.shared.BusinessException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EducationTest {

  private static Education education(
      Degree degree, String major, MajorField field, String school, Integer year) {
    return new Education(degree, major, field, school, year, CLOCK);
  }

  private static BusinessException refusal(
      Degree degree, String major, MajorField field, Integer year) {
    return assertThrows(BusinessException.class, () -> education(degree, major, field, null, year));
  }

  @Test
  void anEducationKeepsWhatWasFiledTrimmed() {
    Education education = education(Degree.MASTER, " Pharmacy ", MajorField.PHARMACY, " ", 2010);
    assertEquals(Degree.MASTER, education.getDegree());
    assertEquals("Pharmacy", education.getMajor());
    assertEquals(MajorField.PHARMACY, education.getMajorField());
    assertNull(education.getSchool());
    assertEquals(2010, education.getGraduationYear());
  }

  @Test
  void degreeMajorAndFieldAreRequired() {
    BusinessException noDegree = refusal(null, "Pharmacy", MajorField.PHARMACY, null);
    assertEquals("error.field.required", noDegree.getMessageKey());
    assertEquals("general.degree", noDegree.getArguments()[0]);
    assertEquals(
        "general.majorField", refusal(Degree.BACHELOR, "Pharmacy", null, null).getArguments()[0]);
    assertEquals(
        "general.major",
        refusal(Degree.BACHELOR, " ", MajorField.PHARMACY, null).getArguments()[0]);
  }

  @ParameterizedTest
  @ValueSource(ints = {1939, 2027, 20100})
  void aGraduationYearBefore1940OrAfterThisYearIsRefused(int year) {
    assertEquals(
        "error.education.graduationYear",
        refusal(Degree.BACHELOR, "Pharmacy", MajorField.PHARMACY, year).getMessageKey());
  }

  @ParameterizedTest
  @ValueSource(ints = {1940, 2026})
  void theFirstAndTheCurrentYearAreAccepted(int year) {
    assertEquals(
        year,
        education(Degree.BACHELOR, "Pharmacy", MajorField.PHARMACY, null, year)
            .getGraduationYear());
  }

  @Test
  void overLongTextsAreRefused() {
    assertEquals(
        "error.field.tooLong",
        refusal(Degree.BACHELOR, "x".repeat(Education.MAJOR_MAX + 1), MajorField.OTHER, null)
            .getMessageKey());
  }

  @Test
  void twoEducationsWithTheSameFieldsAreEqual() {
    Education one = education(Degree.BACHELOR, "Pharmacy", MajorField.PHARMACY, "NXU", 2010);
    assertEquals(one, education(Degree.BACHELOR, "Pharmacy", MajorField.PHARMACY, "NXU", 2010));
    assertEquals(
        one.hashCode(),
        education(Degree.BACHELOR, "Pharmacy", MajorField.PHARMACY, "NXU", 2010).hashCode());
    assertNotEquals(one, education(Degree.MASTER, "Pharmacy", MajorField.PHARMACY, "NXU", 2010));
  }
}
