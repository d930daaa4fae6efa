package org.cosqual.personnel.domain.model.enterprise;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.stream.Stream;
import org.cosqual.personnel.domain.shared.BusinessException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** Licence numbers with Chinese characters come from the data files of this package. */
class LicenseNoTest {

  /** Noon in China on 30 June 2025. */
  private static final Clock MID_2025 = clock("2025-06-30T04:00:00Z");

  private static final List<String> REAL = TestData.column(TestData.LICENCE_HOLDERS, 0);

  /** A real Jiangsu licence of 2018, serial 0010. */
  private static final String JIANGSU_2018 = REAL.get(0);

  /** Province abbreviation and licence mark of {@link #JIANGSU_2018}. */
  private static final String PREFIX = JIANGSU_2018.substring(0, 2);

  private static Clock clock(String instant) {
    return Clock.fixed(Instant.parse(instant), ZoneOffset.UTC);
  }

  private static BusinessException refusal(String input, Clock clock) {
    return assertThrows(BusinessException.class, () -> LicenseNo.of(input, clock));
  }

  static List<String> realLicences() {
    return REAL;
  }

  @ParameterizedTest
  @MethodSource("realLicences")
  void realLicenceNumbersPublishedByNmpaAreAccepted(String number) {
    LicenseNo licence = LicenseNo.of(number, MID_2025);
    assertEquals(number, licence.value());
    assertEquals(number.substring(0, 1), licence.province());
    assertEquals(Integer.parseInt(number.substring(2, 6)), licence.year());
    assertEquals(Integer.parseInt(number.substring(6)), licence.serial());
  }

  @Test
  void partsOfAKnownLicence() {
    LicenseNo licence = LicenseNo.of(JIANGSU_2018, MID_2025);
    assertEquals(2018, licence.year());
    assertEquals(10, licence.serial());
    assertEquals(JIANGSU_2018.substring(0, 1), licence.province());
    assertEquals(10, licence.value().length());
  }

  @Test
  void theProvincesAreExactlyTheThirtyOneMainlandRegions() {
    List<String> expected = TestData.column(TestData.PROVINCES, 1);
    assertEquals(31, expected.size());
    assertEquals(31, LicenseNo.provinces().size());
    assertEquals(new HashSet<>(expected), new HashSet<>(LicenseNo.provinces()));
  }

  static List<String> provinces() {
    return TestData.column(TestData.PROVINCES, 1);
  }

  @ParameterizedTest
  @MethodSource("provinces")
  void everyProvinceIssuesLicences(String abbreviation) {
    String number = abbreviation + PREFIX.substring(1) + "20160001";
    assertEquals(abbreviation, LicenseNo.of(number, MID_2025).province());
  }

  static Stream<Arguments> malformed() {
    return TestData.rows(TestData.MALFORMED_LICENCES).stream()
        .map(row -> Arguments.of(row[0], row[1], row[2]));
  }

  @ParameterizedTest(name = "{0}: {2}")
  @MethodSource("malformed")
  void malformedNumbersAreRefusedWithTheReason(String input, String key, String reason) {
    assertEquals(key, refusal(input, MID_2025).getMessageKey(), reason);
  }

  @Test
  void anUnknownProvinceIsNamedInTheRefusal() {
    String number =
        TestData.rows(TestData.MALFORMED_LICENCES).stream()
            .filter(row -> row[1].equals("error.licenseNo.province"))
            .findFirst()
            .orElseThrow()[0];
    assertArrayEquals(
        new Object[] {number.substring(0, 1)}, refusal(number, MID_2025).getArguments());
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"  ", "20160001"})
  void nothingOrOnlyDigitsIsAFormatError(String input) {
    assertEquals("error.licenseNo.format", refusal(input, MID_2025).getMessageKey());
  }

  @Test
  void year1999IsTooEarly() {
    BusinessException e = refusal(PREFIX + "19990001", MID_2025);
    assertEquals("error.licenseNo.year", e.getMessageKey());
    assertArrayEquals(new Object[] {"2000", "2025"}, e.getArguments());
  }

  @Test
  void year2000IsTheFirst() {
    assertEquals(2000, LicenseNo.of(PREFIX + "20000001", MID_2025).year());
  }

  @Test
  void theCurrentYearIsAccepted() {
    assertEquals(2025, LicenseNo.of(PREFIX + "20250001", MID_2025).year());
  }

  @Test
  void nextYearIsRefused() {
    BusinessException e = refusal(PREFIX + "20260001", MID_2025);
    assertEquals("error.licenseNo.year", e.getMessageKey());
    assertArrayEquals(new Object[] {"2000", "2025"}, e.getArguments());
  }

  @Test
  void theNewYearBeginsOnChinasCalendar() {
    // 31 December 2025 16:30 UTC is 1 January 2026 00:30 in China
    assertEquals(2026, LicenseNo.of(PREFIX + "20260001", clock("2025-12-31T16:30:00Z")).year());
    // one second before midnight in China it is still 2025
    assertEquals(
        "error.licenseNo.year",
        refusal(PREFIX + "20260001", clock("2025-12-31T15:59:59Z")).getMessageKey());
  }

  @Test
  void serial0000IsRefused() {
    BusinessException e = refusal(PREFIX + "20160000", MID_2025);
    assertEquals("error.licenseNo.serial", e.getMessageKey());
  }

  @Test
  void serials0001And9999AreTheBounds() {
    assertEquals(1, LicenseNo.of(PREFIX + "20160001", MID_2025).serial());
    assertEquals(9999, LicenseNo.of(PREFIX + "20169999", MID_2025).serial());
  }

  @Test
  void surroundingWhiteSpaceIsRemovedIncludingTheIdeographicSpace() {
    assertEquals(JIANGSU_2018, LicenseNo.of(" " + JIANGSU_2018 + "\t", MID_2025).value());
    assertEquals(JIANGSU_2018, LicenseNo.of("\u3000" + JIANGSU_2018 + "\u3000", MID_2025).value());
  }

  @Test
  void withoutAClockTheSystemYearApplies() {
    assertEquals(2018, LicenseNo.of(JIANGSU_2018).year());
    assertEquals(
        "error.licenseNo.year",
        assertThrows(BusinessException.class, () -> LicenseNo.of(PREFIX + "99990001"))
            .getMessageKey());
  }

  @Test
  void equalNumbersAreEqual() {
    LicenseNo a = LicenseNo.of(JIANGSU_2018, MID_2025);
    LicenseNo b = LicenseNo.of(" " + JIANGSU_2018, MID_2025);
    assertEquals(a, b);
    assertEquals(a.hashCode(), b.hashCode());
    assertNotEquals(a, LicenseNo.of(REAL.get(1), MID_2025));
  }

  @Test
  void toStringIsTheNumber() {
    assertEquals(JIANGSU_2018, LicenseNo.of(JIANGSU_2018, MID_2025).toString());
  }
}
