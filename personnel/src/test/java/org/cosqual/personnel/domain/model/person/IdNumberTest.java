package org.cosqual.personnel.domain.model.person;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import org.cosqual.personnel.domain.shared.BusinessException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * No real person's number appears here: the resident numbers are the examples of GB 11643-1999
 * (appendix A), of python-stdnum's tests, or made up with check characters computed by a separate
 * script (Python, not this code).
 */
class IdNumberTest {

  /** GB 11643-1999 appendix A: a woman of Chaoyang, Beijing, born 31 December 1949. */
  private static final String STANDARD_EXAMPLE = "11010519491231002X";

  /** Noon in China on 30 June 2025. */
  private static final Clock MID_2025 = clock("2025-06-30T04:00:00Z");

  private static Clock clock(String instant) {
    return Clock.fixed(Instant.parse(instant), ZoneOffset.UTC);
  }

  private static IdNumber resident(String number) {
    return IdNumber.of(IdType.RESIDENT_ID_CARD, number, MID_2025);
  }

  private static String refusal(IdType type, String number) {
    BusinessException e =
        assertThrows(BusinessException.class, () -> IdNumber.of(type, number, MID_2025));
    assertArrayEquals(new Object[0], e.getArguments(), "no part of the number is told back");
    return e.getMessageKey();
  }

  private static String residentRefusal(String number) {
    return refusal(IdType.RESIDENT_ID_CARD, number);
  }

  // ---- resident identity card: valid numbers and what they tell

  @Test
  void theStandardsExampleIsAWomanBornOn31December1949() {
    IdNumber number = resident(STANDARD_EXAMPLE);
    assertEquals(STANDARD_EXAMPLE, number.value());
    assertEquals(IdType.RESIDENT_ID_CARD, number.type());
    assertEquals(Optional.of(LocalDate.of(1949, 12, 31)), number.birthDate());
    assertEquals(Optional.of(Sex.FEMALE), number.sex());
  }

  @ParameterizedTest
  @CsvSource({
    "360426199101010071, 1991-01-01, MALE", // python-stdnum tests/test_cn_ric.doctest
    "110102199101010078, 1991-01-01, MALE", // python-stdnum tests/test_cn_ric.doctest
    "44011320141005001X, 2014-10-05, MALE", // python-stdnum tests/test_cn_ric.doctest
    "110101198001010029, 1980-01-01, FEMALE",
    "110101198012310019, 1980-12-31, MALE",
    "110101198012310027, 1980-12-31, FEMALE",
  })
  void birthDateAndSexComeFromTheNumber(String input, LocalDate birthDate, Sex sex) {
    IdNumber number = resident(input);
    assertEquals(Optional.of(birthDate), number.birthDate());
    assertEquals(Optional.of(sex), number.sex());
  }

  @Test
  void aLowerCaseXIsNormalised() {
    assertEquals("44011320141005001X", resident("44011320141005001x").value());
  }

  @Test
  void surroundingWhiteSpaceIsRemovedIncludingTheIdeographicSpace() {
    assertEquals(STANDARD_EXAMPLE, resident(" " + STANDARD_EXAMPLE + "\t").value());
    assertEquals(STANDARD_EXAMPLE, resident("\u3000" + STANDARD_EXAMPLE + "\u3000").value());
  }

  @Test
  void withoutAClockTheSystemDateApplies() {
    assertEquals(
        Optional.of(LocalDate.of(1949, 12, 31)),
        IdNumber.of(IdType.RESIDENT_ID_CARD, STANDARD_EXAMPLE).birthDate());
  }

  // ---- resident identity card: shape

  @ParameterizedTest
  @ValueSource(
      strings = {
        "11010519491231002", // 17 characters
        "11010519491231002X0", // 19 characters
        "110105491231002", // the first-generation 15-digit number, no longer valid
        "1101051949123100X2", // X only as the last character
        "11010519491231002Y",
        "A1010519491231002X",
        "110105 19491231002X",
        "11010519491231002\uff38", // a full-width X
        "\uff11\uff11010519491231002X", // full-width digits
      })
  void aNumberOfTheWrongShapeIsAFormatError(String input) {
    assertEquals("error.idNumber.format", residentRefusal(input));
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"   "})
  void nothingTypedIsAFormatError(String input) {
    assertEquals("error.idNumber.format", residentRefusal(input));
  }

  @Test
  void withoutATypeTheNumberIsRefused() {
    BusinessException e =
        assertThrows(BusinessException.class, () -> IdNumber.of(null, STANDARD_EXAMPLE, MID_2025));
    assertEquals("error.idNumber.type", e.getMessageKey());
  }

  // ---- resident identity card: check character

  @ParameterizedTest
  @ValueSource(chars = {'0', '1', '2', '3', '4', '5', '6', '7', '8', '9'})
  void everyOtherCheckCharacterIsRefused(char check) {
    assertEquals(
        "error.idNumber.check", residentRefusal(STANDARD_EXAMPLE.substring(0, 17) + check));
  }

  @Test
  void aCheckXWhereADigitBelongsIsRefused() {
    assertEquals("error.idNumber.check", residentRefusal("36042619910101007X"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "11010519491231003X", // a mistyped sequence digit
        "21010519491231002X", // a mistyped address digit
        "11010519491213002X", // day and month digits swapped: still a date, caught by the check
      })
  void aMistypedDigitIsCaughtByTheCheck(String input) {
    assertEquals("error.idNumber.check", residentRefusal(input));
  }

  // ---- resident identity card: birth date

  @Test
  void february29OfALeapYearIsABirthDate() {
    assertEquals(
        Optional.of(LocalDate.of(2000, 2, 29)), resident("110101200002290018").birthDate());
    assertEquals(
        Optional.of(LocalDate.of(2024, 2, 29)), resident("110101202402290024").birthDate());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "110101202302290019", // 29 February 2023
        "110101190002290011", // 29 February 1900: not a leap year
        "110101199013010012", // month 13
        "110101199000010013", // month 0
        "110101199001320013", // 32 January
      })
  void aDateThatDoesNotExistIsRefused(String input) {
    assertEquals("error.idNumber.birthDate", residentRefusal(input));
  }

  @Test
  void the1stOfJanuary1900IsTheEarliestBirthDate() {
    assertEquals(Optional.of(LocalDate.of(1900, 1, 1)), resident("110101190001010014").birthDate());
    assertEquals("error.idNumber.birthDate", residentRefusal("11010118991231001X"));
  }

  @Test
  void theStandardsExampleBornIn1880IsRefused() {
    // GB 11643-1999 appendix A, Shantou: check character valid, born 1 January 1880
    assertEquals("error.idNumber.birthDate", residentRefusal("440524188001010014"));
  }

  @Test
  void bornTodayIsAcceptedAndTomorrowIsRefused() {
    assertEquals(
        Optional.of(LocalDate.of(2025, 6, 30)), resident("110101202506300012").birthDate());
    assertEquals("error.idNumber.birthDate", residentRefusal("110101202507010017"));
  }

  @Test
  void todayIsTakenOnChinasCalendar() {
    // 30 June 2025 16:30 UTC is 1 July 2025 00:30 in China
    Clock chinaPastMidnight = clock("2025-06-30T16:30:00Z");
    assertEquals(
        Optional.of(LocalDate.of(2025, 7, 1)),
        IdNumber.of(IdType.RESIDENT_ID_CARD, "110101202507010017", chinaPastMidnight).birthDate());
  }

  // ---- masking

  @Test
  void theMaskShowsTheFirstThreeAndLastFourCharacters() {
    assertEquals("110***********002X", resident(STANDARD_EXAMPLE).masked());
    assertEquals("360***********0071", resident("360426199101010071").masked());
  }

  @Test
  void toStringIsTheMaskedNumberNeverTheFullOne() {
    IdNumber number = resident(STANDARD_EXAMPLE);
    assertEquals(number.masked(), number.toString());
    assertFalse(number.toString().contains(STANDARD_EXAMPLE));
    assertFalse(number.toString().contains("19491231"), "the birth date stays hidden");
    assertFalse(String.valueOf(Optional.of(number)).contains(STANDARD_EXAMPLE));
  }

  @ParameterizedTest
  @CsvSource({
    "PASSPORT, E12345678, E12**5678",
    "PASSPORT, AB1234567, AB1**4567",
    "HK_MACAO_TAIWAN_PERMIT, 12345678, 123*5678",
    "HK_MACAO_TAIWAN_PERMIT, H12345678, H12**5678",
    "HK_MACAO_TAIWAN_PERMIT, H1234567890, H12****7890",
    "HK_MACAO_TAIWAN_PERMIT, 810000199001010035, 810***********0035",
    "PASSPORT, AB12345, *****45",
    "PASSPORT, AB123, ***23",
  })
  void everyTypeIsMasked(IdType type, String input, String masked) {
    IdNumber number = IdNumber.of(type, input, MID_2025);
    assertEquals(masked, number.masked());
    assertEquals(masked, number.toString());
  }

  // ---- Hong Kong, Macao and Taiwan residents

  @ParameterizedTest
  @CsvSource({
    "810000199001010035, 1990-01-01, MALE", // Hong Kong resident
    "820000198512120049, 1985-12-12, FEMALE", // Macao resident
    "83000020010228005X, 2001-02-28, MALE", // Taiwan resident
  })
  void residencePermitsCarryBirthDateAndSex(String input, LocalDate birthDate, Sex sex) {
    IdNumber number = IdNumber.of(IdType.HK_MACAO_TAIWAN_PERMIT, input, MID_2025);
    assertEquals(input, number.value());
    assertEquals(Optional.of(birthDate), number.birthDate());
    assertEquals(Optional.of(sex), number.sex());
  }

  @Test
  void aResidencePermitWithTheWrongCheckIsRefused() {
    assertEquals(
        "error.idNumber.check", refusal(IdType.HK_MACAO_TAIWAN_PERMIT, "810000199001010036"));
  }

  @Test
  void aResidencePermitWithAnImpossibleBirthDateIsRefused() {
    // 30 February 1990, check character valid
    assertEquals(
        "error.idNumber.birthDate", refusal(IdType.HK_MACAO_TAIWAN_PERMIT, "810000199002300034"));
  }

  @Test
  void aResidencePermitLowerCaseXIsNormalised() {
    assertEquals(
        "83000020010228005X",
        IdNumber.of(IdType.HK_MACAO_TAIWAN_PERMIT, "83000020010228005x", MID_2025).value());
  }

  @ParameterizedTest
  @ValueSource(strings = {"H12345678", "M12345678", "H1234567890", "M1234567890", "12345678"})
  void travelPermitsAreAcceptedWithoutBirthDateOrSex(String input) {
    IdNumber number = IdNumber.of(IdType.HK_MACAO_TAIWAN_PERMIT, input, MID_2025);
    assertEquals(input, number.value());
    assertEquals(Optional.empty(), number.birthDate());
    assertEquals(Optional.empty(), number.sex());
  }

  @Test
  void aTravelPermitLetterIsNormalised() {
    assertEquals(
        "H12345678", IdNumber.of(IdType.HK_MACAO_TAIWAN_PERMIT, "h12345678", MID_2025).value());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "840000199001010030", // 18 characters, check valid, but not a residence permit prefix
        "110101198001010029", // a mainland resident identity card number
        "H1234567", // 7 digits
        "H123456789", // 9 digits
        "H123456789012", // 12 digits
        "A12345678", // neither H nor M
        "1234567", // 7 digits for Taiwan
        "123456789", // 9 digits for Taiwan
        "1234567890", // 10 digits without a letter
        "",
      })
  void otherPermitShapesAreRefused(String input) {
    assertEquals("error.idNumber.permitFormat", refusal(IdType.HK_MACAO_TAIWAN_PERMIT, input));
  }

  // ---- passports

  @ParameterizedTest
  @ValueSource(strings = {"E12345678", "AB123", "A1234567890123456", "G1234567"})
  void passportsOf5To17LettersAndDigitsAreAccepted(String input) {
    IdNumber number = IdNumber.of(IdType.PASSPORT, input, MID_2025);
    assertEquals(input, number.value());
    assertEquals(Optional.empty(), number.birthDate());
    assertEquals(Optional.empty(), number.sex());
  }

  @Test
  void passportLettersAreNormalised() {
    assertEquals("E12345678", IdNumber.of(IdType.PASSPORT, " e12345678 ", MID_2025).value());
  }

  @ParameterizedTest
  @ValueSource(strings = {"AB12", "A12345678901234567", "E1234-5678", "E 12345678", ""})
  void otherPassportShapesAreRefused(String input) {
    assertEquals("error.idNumber.passportFormat", refusal(IdType.PASSPORT, input));
  }

  // ---- value semantics

  @Test
  void equalNumbersAreEqual() {
    IdNumber a = resident("44011320141005001X");
    IdNumber b = resident(" 44011320141005001x");
    assertEquals(a, b);
    assertEquals(a.hashCode(), b.hashCode());
  }

  @Test
  void theSameCharactersOfDifferentTypesDiffer() {
    assertNotEquals(
        IdNumber.of(IdType.PASSPORT, "12345678", MID_2025),
        IdNumber.of(IdType.HK_MACAO_TAIWAN_PERMIT, "12345678", MID_2025));
  }

  @Test
  void differentNumbersDiffer() {
    assertNotEquals(resident(STANDARD_EXAMPLE), resident("360426199101010071"));
  }

  @ParameterizedTest
  @EnumSource(IdType.class)
  void everyTypeRefusesNothing(IdType type) {
    assertThrows(BusinessException.class, () -> IdNumber.of(type, null, MID_2025));
  }
}
