package org.cosqual.personnel.domain.shared;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class FieldsTest {

  @ParameterizedTest
  @NullSource
  @ValueSource(strings = {"", "   ", "\t\n"})
  void requiredFieldRefusesNullOrBlankNamingTheField(String value) {
    BusinessException e =
        assertThrows(
            BusinessException.class, () -> Fields.required(value, "general.personName", 5));
    assertEquals("error.field.required", e.getMessageKey());
    assertArrayEquals(new Object[] {"general.personName"}, e.getArguments());
  }

  @Test
  void requiredFieldIsStripped() {
    assertEquals("Li Na", Fields.required("  Li Na \t", "general.personName", 5));
  }

  @Test
  void maximumLengthIsAllowedAndOneMoreIsRefused() {
    assertEquals("abcde", Fields.required("abcde", "general.phone", 5));
    BusinessException e =
        assertThrows(BusinessException.class, () -> Fields.required("abcdef", "general.phone", 5));
    assertEquals("error.field.tooLong", e.getMessageKey());
    assertArrayEquals(new Object[] {"general.phone", 5}, e.getArguments());
  }

  @Test
  void lengthIsCountedAfterStripping() {
    assertEquals("abcde", Fields.required("  abcde  ", "general.phone", 5));
  }

  @Test
  void lengthCountsCharactersOutsideTheBasicPlaneOnce() {
    String fiveEmoji = "\uD83D\uDE00".repeat(5); // 5 code points, 10 UTF-16 units
    assertEquals(fiveEmoji, Fields.required(fiveEmoji, "general.personName", 5));
  }

  @Test
  void optionalFieldTurnsBlankIntoNullAndStripsTheRest() {
    assertNull(Fields.optional(null, "general.email", 5));
    assertNull(Fields.optional("  ", "general.email", 5));
    assertEquals("a@b", Fields.optional(" a@b ", "general.email", 5));
  }

  @Test
  void optionalFieldIsStillBounded() {
    assertThrows(BusinessException.class, () -> Fields.optional("abcdef", "general.email", 5));
  }

  @ParameterizedTest
  @ValueSource(strings = {"0951-5012345", "+86 138 0000 0000", "(0952) 2012345", "13800000008"})
  void telephoneNumbersAreAccepted(String phone) {
    assertEquals(phone, Fields.phone(" " + phone + " ", "general.phone", 20));
  }

  @ParameterizedTest
  @ValueSource(strings = {"call me", "0951/5012345", "1234", "138０００００００８", "12+34567"})
  void malformedTelephoneNumbersAreRefusedNamingTheField(String phone) {
    BusinessException e =
        assertThrows(BusinessException.class, () -> Fields.phone(phone, "general.phone", 20));
    assertEquals("error.field.phone", e.getMessageKey());
    assertArrayEquals(new Object[] {"general.phone"}, e.getArguments());
  }

  @Test
  void aBlankTelephoneNumberIsNone() {
    assertNull(Fields.phone(" ", "general.phone", 20));
  }

  @ParameterizedTest
  @ValueSource(strings = {"zhou@example.org", "quality.office@saishang-bencao.com.cn"})
  void emailAddressesAreAccepted(String email) {
    assertEquals(email, Fields.email(email, "general.email", 120));
  }

  @ParameterizedTest
  @ValueSource(strings = {"zhou", "zhou@example", "zhou@@example.org", "zhou @example.org", "@a.b"})
  void malformedEmailAddressesAreRefused(String email) {
    BusinessException e =
        assertThrows(BusinessException.class, () -> Fields.email(email, "general.email", 120));
    assertEquals("error.field.email", e.getMessageKey());
  }
}
