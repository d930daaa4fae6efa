package org.cosqual.personnel.domain.model.enterprise;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.cosqual.personnel.domain.shared.BusinessException;

/**
 * A cosmetics production licence number: the issuing province's abbreviation, the licence mark, a
 * 4-digit year and a 4-digit serial, e.g. the Guangdong licence of 2016 with serial 0001. The year
 * lies between {@value #FIRST_YEAR} and the current year; the serial is 0001 to 9999.
 *
 * <p>This class holds the only Chinese text of the Java code (CONVENTIONS.md): the abbreviations
 * and the mark are part of the number itself.
 */
@Embeddable
public class LicenseNo implements Serializable {

  private static final long serialVersionUID = 1L;

  public static final int LENGTH = 10;
  public static final int FIRST_YEAR = 2000;

  /** The 31 mainland provincial-level regions, in the order of their GB/T 2260 codes. */
  private static final String PROVINCES = "京津冀晋蒙辽吉黑沪苏浙皖闽赣鲁豫鄂湘粤桂琼渝川贵云藏陕甘青宁新";

  /** The licence mark that follows the province: cosmetics. */
  private static final char MARK = '妆';

  /** Licences are issued on China's calendar, whatever zone the server runs in. */
  private static final ZoneId ISSUING_ZONE = ZoneId.of("Asia/Shanghai");

  private static final int YEAR_START = 2;
  private static final int SERIAL_START = 6;

  @Column(name = "license_no", length = LENGTH)
  private String value;

  /** For JPA. */
  protected LicenseNo() {}

  private LicenseNo(String value) {
    this.value = value;
  }

  /** As {@link #of(String, Clock)}, with the current year taken from the system clock. */
  public static LicenseNo of(String input) {
    return of(input, Clock.systemUTC());
  }

  /**
   * The licence number typed or imported, without surrounding white space.
   *
   * @param clock gives the current year (on China's calendar); services pass their injected clock
   * @throws BusinessException {@code error.licenseNo.format} unless one character, the mark and 8
   *     digits; {@code error.licenseNo.province} (with the character) when the first character is
   *     not a mainland province's abbreviation; {@code error.licenseNo.year} (with the first and
   *     the current year) for a year out of range; {@code error.licenseNo.serial} for serial 0000
   */
  public static LicenseNo of(String input, Clock clock) {
    String number = input == null ? "" : input.strip();
    if (number.length() != LENGTH || number.charAt(1) != MARK || !digits(number, YEAR_START)) {
      throw new BusinessException("error.licenseNo.format");
    }
    String province = number.substring(0, 1);
    if (!PROVINCES.contains(province)) {
      throw new BusinessException("error.licenseNo.province", province);
    }
    int year = Integer.parseInt(number.substring(YEAR_START, SERIAL_START));
    int currentYear = LocalDate.ofInstant(clock.instant(), ISSUING_ZONE).getYear();
    if (year < FIRST_YEAR || year > currentYear) {
      throw new BusinessException(
          "error.licenseNo.year", String.valueOf(FIRST_YEAR), String.valueOf(currentYear));
    }
    if (Integer.parseInt(number.substring(SERIAL_START)) == 0) {
      throw new BusinessException("error.licenseNo.serial");
    }
    return new LicenseNo(number);
  }

  private static boolean digits(String s, int from) {
    for (int i = from; i < s.length(); i++) {
      if (s.charAt(i) < '0' || s.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

  /** The abbreviations a licence number may start with, one per mainland provincial region. */
  public static List<String> provinces() {
    return PROVINCES.codePoints().mapToObj(Character::toString).toList();
  }

  public String value() {
    return value;
  }

  /** The issuing province's abbreviation (the first character). */
  public String province() {
    return value.substring(0, 1);
  }

  public int year() {
    return Integer.parseInt(value.substring(YEAR_START, SERIAL_START));
  }

  public int serial() {
    return Integer.parseInt(value.substring(SERIAL_START));
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof LicenseNo that && value.equals(that.value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  @Override
  public String toString() {
    return value;
  }
}
