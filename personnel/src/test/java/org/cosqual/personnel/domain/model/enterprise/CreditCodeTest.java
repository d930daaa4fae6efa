package org.cosqual.personnel.domain.model.enterprise;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.stream.Stream;
import org.cosqual.personnel.domain.shared.BusinessException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class CreditCodeTest {

  /** Shenzhen Tencent Computer Systems Co., Ltd. (see realCodesFromPublishedSources). */
  private static final String TENCENT = "91440300708461136T";

  private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

  private static BusinessException refusal(String input) {
    return assertThrows(BusinessException.class, () -> CreditCode.of(input));
  }

  private static String replaceAt(String code, int position, char c) {
    return code.substring(0, position - 1) + c + code.substring(position);
  }

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "91440300708461136T | Shenzhen Tencent Computer Systems Co., Ltd., business licence"
            + " report at https://check-china.com/example_report/en/8",
        "9144030071526726XG | Tencent Technology (Shenzhen) Co., Ltd., in the numbers found"
            + " online of python-stdnum tests/test_cn_uscc.doctest (github.com/arthurdejong)",
        "91110000101623741K | China Quanjude (Group) Co., Ltd., quoted as a real code in"
            + " https://blog.csdn.net/ellasun_web/article/details/130267762",
        "121200004013590816 | an institution registered by a staffing office (authority 1),"
            + " python-stdnum tests/test_cn_uscc.doctest",
        "91350100M000100Y43 | the worked example of GB 32100-2015 (not an organisation),"
            + " quoted at https://wddqw.com/doc/53f79e6a996648d7c1c708a1284ac850ad020467.html",
      })
  void realCodesFromPublishedSources(String code, String source) {
    assertEquals(code, CreditCode.of(code).value());
  }

  static List<String> licenceHolders() {
    return TestData.column(TestData.LICENCE_HOLDERS, 1);
  }

  /** Fifteen cosmetics licence holders as published by NMPA (source in the data file). */
  @ParameterizedTest
  @MethodSource("licenceHolders")
  void codesOfRealCosmeticsLicenceHoldersAreAccepted(String code) {
    assertEquals(code, CreditCode.of(code).value());
  }

  @Test
  void theDataFileHoldsAllFifteenLicenceHolders() {
    assertEquals(15, licenceHolders().size());
  }

  @Test
  void theStandardsWorkedExampleWithAWrongCheckCharacterIsRefused() {
    // GB 32100-2015 computes 3 for 91350100M000100Y4 and rejects the final 4Z of its example;
    // Z is outside the code alphabet, so it is refused as a character at position 18.
    BusinessException e = refusal("91350100M000100Y4Z");
    assertEquals("error.creditCode.character", e.getMessageKey());
    assertArrayEquals(new Object[] {18}, e.getArguments());
  }

  @Test
  void seventeenCharactersAreTooShort() {
    BusinessException e = refusal(TENCENT.substring(0, 17));
    assertEquals("error.creditCode.length", e.getMessageKey());
    assertArrayEquals(new Object[0], e.getArguments());
  }

  @Test
  void eighteenCharactersAreAccepted() {
    assertEquals(18, CreditCode.of(TENCENT).value().length());
  }

  @Test
  void nineteenCharactersAreTooLong() {
    assertEquals("error.creditCode.length", refusal(TENCENT + "0").getMessageKey());
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"   ", "\t\n"})
  void nothingTypedIsRefusedAsTheWrongLength(String input) {
    assertEquals("error.creditCode.length", refusal(input).getMessageKey());
  }

  @ParameterizedTest
  @ValueSource(chars = {'I', 'O', 'S', 'V', 'Z', 'i', 'o', 's', 'v', 'z'})
  void theForbiddenLettersAreRefusedInTheOrganisationCode(char letter) {
    BusinessException e = refusal(replaceAt(TENCENT, 9, letter));
    assertEquals("error.creditCode.character", e.getMessageKey());
    assertArrayEquals(new Object[] {9}, e.getArguments());
  }

  @ParameterizedTest
  @ValueSource(chars = {'I', 'O', 'S', 'V', 'Z'})
  void theForbiddenLettersAreRefusedAsCheckCharacter(char letter) {
    BusinessException e = refusal(replaceAt(TENCENT, 18, letter));
    assertEquals("error.creditCode.character", e.getMessageKey());
    assertArrayEquals(new Object[] {18}, e.getArguments());
  }

  @ParameterizedTest
  @ValueSource(chars = {'I', 'O', 'S', 'V', 'Z', '-', '_', '\uff19'})
  void aForbiddenCharacterAtPositionOneIsNamed(char c) {
    BusinessException e = refusal(replaceAt(TENCENT, 1, c));
    assertEquals("error.creditCode.character", e.getMessageKey());
    assertArrayEquals(new Object[] {1}, e.getArguments());
  }

  @ParameterizedTest
  @ValueSource(ints = {3, 4, 5, 6, 7, 8})
  void theAdministrativeDivisionCodeIsDigitsOnly(int position) {
    BusinessException e = refusal(replaceAt(TENCENT, position, 'A'));
    assertEquals("error.creditCode.character", e.getMessageKey());
    assertArrayEquals(new Object[] {position}, e.getArguments());
  }

  @Test
  void lettersAreAllowedRightAfterTheDivisionCode() {
    // 91441881MA522GUR4Q is a licence holder's code with letters from position 9 on
    assertEquals("MA", CreditCode.of("91441881MA522GUR4Q").value().substring(8, 10));
  }

  static Stream<Arguments> everyOtherCheckCharacter() {
    return ALPHABET
        .chars()
        .filter(c -> c != TENCENT.charAt(17))
        .mapToObj(c -> Arguments.of(replaceAt(TENCENT, 18, (char) c)));
  }

  @ParameterizedTest
  @MethodSource("everyOtherCheckCharacter")
  void everyOtherCheckCharacterIsRefused(String code) {
    BusinessException e = refusal(code);
    assertEquals("error.creditCode.check", e.getMessageKey());
    assertArrayEquals(new Object[0], e.getArguments(), "the expected check character is not told");
  }

  static Stream<Arguments> singleSubstitutions() {
    Stream.Builder<Arguments> typos = Stream.builder();
    for (int position = 1; position <= 17; position++) {
      String allowed = position >= 3 && position <= 8 ? "0123456789" : ALPHABET;
      for (char c : allowed.toCharArray()) {
        if (c != TENCENT.charAt(position - 1)) {
          typos.add(Arguments.of(replaceAt(TENCENT, position, c)));
        }
      }
    }
    return typos.build();
  }

  /** Mod 31 with weights prime to 31 catches every single mistyped character. */
  @ParameterizedTest
  @MethodSource("singleSubstitutions")
  void everySingleMistypedCharacterIsCaughtByTheCheck(String code) {
    assertEquals("error.creditCode.check", refusal(code).getMessageKey());
  }

  @Test
  void swappedNeighboursAreCaught() {
    // positions 10 and 11 of 91440300708461136T swapped
    assertEquals("error.creditCode.check", refusal("91440300780461136T").getMessageKey());
  }

  @Test
  void lowerCaseIsNormalisedToUpperCase() {
    assertEquals("9144030071526726XG", CreditCode.of("9144030071526726xg").value());
    assertEquals("91441881MA522GUR4Q", CreditCode.of("91441881ma522gur4q").value());
  }

  @Test
  void surroundingWhiteSpaceIsRemovedIncludingTheIdeographicSpace() {
    assertEquals(TENCENT, CreditCode.of("  " + TENCENT + "\t").value());
    assertEquals(TENCENT, CreditCode.of("\u3000" + TENCENT + "\u3000").value());
  }

  @Test
  void whiteSpaceInsideIsRefused() {
    assertEquals("error.creditCode.length", refusal("91 440300 708461136T").getMessageKey());
  }

  @Test
  void divisionCodeIsPositionsThreeToEight() {
    assertEquals("440300", CreditCode.of(TENCENT).divisionCode());
    assertEquals("522728", CreditCode.of("91522728308716638K").divisionCode());
  }

  @Test
  void equalCodesAreEqualWhateverTheTypedCase() {
    CreditCode upper = CreditCode.of("9144030071526726XG");
    CreditCode lower = CreditCode.of(" 9144030071526726xg ");
    assertEquals(upper, lower);
    assertEquals(upper.hashCode(), lower.hashCode());
  }

  @Test
  void differentCodesDiffer() {
    assertNotEquals(CreditCode.of(TENCENT), CreditCode.of("9144030071526726XG"));
    assertNotEquals(CreditCode.of(TENCENT), (Object) TENCENT);
  }

  @Test
  void toStringIsTheCode() {
    assertEquals(TENCENT, CreditCode.of(TENCENT.toLowerCase()).toString());
  }
}
