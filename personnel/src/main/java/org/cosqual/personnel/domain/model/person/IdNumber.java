package org.cosqual.personnel.domain.model.person;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.io.Serializable;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.cosqual.personnel.domain.shared.BusinessException;

/**
 * The number of a person's identity document, with its {@link IdType}. A resident identity card
 * number (GB 11643-1999) and a Hong Kong, Macao or Taiwan residence permit number have 17 digits
 * (address, birth date, sequence) and a check character by ISO 7064 MOD 11-2 (0 to 9, or X for 10);
 * for these the birth date and sex are derived from the number.
 *
 * <p>The number is personal data: {@link #toString()} and {@link #masked()} show only the first 3
 * and last 4 characters. The full {@link #value()} is for encryption, keyed hashing and the audited
 * reveal, nothing else. This mapping stores the number as it is; the owning entity applies the
 * encrypting converter ({@code @Convert(attributeName = "value", ...)}) and keeps the keyed-hash
 * column beside it (DESIGN.md section 4).
 */
@Embeddable
public class IdNumber implements Serializable {

  private static final long serialVersionUID = 1L;

  public static final LocalDate EARLIEST_BIRTH_DATE = LocalDate.of(1900, 1, 1);

  /** 2^(18-i) mod 11 for positions 1 to 17. */
  private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};

  private static final String CHECK_CHARACTERS = "0123456789X";

  private static final Pattern RESIDENT_ID_CARD = Pattern.compile("[0-9]{17}[0-9X]");
  private static final Pattern RESIDENCE_PERMIT =
      Pattern.compile("(810000|820000|830000)[0-9]{11}[0-9X]");
  private static final Pattern TRAVEL_PERMIT = Pattern.compile("[HM][0-9]{8}([0-9]{2})?|[0-9]{8}");
  private static final Pattern PASSPORT = Pattern.compile("[A-Z0-9]{5,17}");

  private static final int STRUCTURED_LENGTH = 18;
  private static final int BIRTH_DATE_START = 6;
  private static final int SEX_POSITION = 16;

  /** Numbers are issued on China's calendar, whatever zone the server runs in. */
  private static final ZoneId ISSUING_ZONE = ZoneId.of("Asia/Shanghai");

  @Enumerated(EnumType.STRING)
  @Column(name = "id_type", length = 30)
  private IdType type;

  @Column(name = "id_number", length = STRUCTURED_LENGTH)
  private String value;

  /** For JPA. */
  protected IdNumber() {}

  private IdNumber(IdType type, String value) {
    this.type = type;
    this.value = value;
  }

  /** As {@link #of(IdType, String, Clock)}, with today taken from the system clock. */
  public static IdNumber of(IdType type, String input) {
    return of(type, input, Clock.systemUTC());
  }

  /**
   * The number typed or imported, without surrounding white space and in upper case.
   *
   * @param clock gives today (on China's calendar), the latest possible birth date; services pass
   *     their injected clock
   * @throws BusinessException {@code error.idNumber.type} without a type; {@code
   *     error.idNumber.format}, {@code error.idNumber.permitFormat} or {@code
   *     error.idNumber.passportFormat} for a number not shaped as its type requires; {@code
   *     error.idNumber.birthDate} for a birth date that does not exist, lies before 1900 or after
   *     today; {@code error.idNumber.check} when the check character does not match
   */
  public static IdNumber of(IdType type, String input, Clock clock) {
    if (type == null) {
      throw new BusinessException("error.idNumber.type");
    }
    String number = input == null ? "" : input.strip().toUpperCase(Locale.ROOT);
    switch (type) {
      case RESIDENT_ID_CARD -> {
        if (!RESIDENT_ID_CARD.matcher(number).matches()) {
          throw new BusinessException("error.idNumber.format");
        }
        checkStructured(number, clock);
      }
      case HK_MACAO_TAIWAN_PERMIT -> {
        if (RESIDENCE_PERMIT.matcher(number).matches()) {
          checkStructured(number, clock);
        } else if (!TRAVEL_PERMIT.matcher(number).matches()) {
          throw new BusinessException("error.idNumber.permitFormat");
        }
      }
      case PASSPORT -> {
        if (!PASSPORT.matcher(number).matches()) {
          throw new BusinessException("error.idNumber.passportFormat");
        }
      }
    }
    return new IdNumber(type, number);
  }

  /** Birth date and check character of an 18-character number already of the right shape. */
  private static void checkStructured(String number, Clock clock) {
    LocalDate birthDate;
    try {
      birthDate = birthDateOf(number);
    } catch (DateTimeException e) {
      throw new BusinessException("error.idNumber.birthDate");
    }
    LocalDate today = LocalDate.ofInstant(clock.instant(), ISSUING_ZONE);
    if (birthDate.isBefore(EARLIEST_BIRTH_DATE) || birthDate.isAfter(today)) {
      throw new BusinessException("error.idNumber.birthDate");
    }
    int sum = 0;
    for (int i = 0; i < WEIGHTS.length; i++) {
      sum += (number.charAt(i) - '0') * WEIGHTS[i];
    }
    if (number.charAt(STRUCTURED_LENGTH - 1) != CHECK_CHARACTERS.charAt((12 - sum % 11) % 11)) {
      throw new BusinessException("error.idNumber.check");
    }
  }

  private static LocalDate birthDateOf(String number) {
    String digits = number.substring(BIRTH_DATE_START, BIRTH_DATE_START + 8);
    return LocalDate.of(
        Integer.parseInt(digits.substring(0, 4)),
        Integer.parseInt(digits.substring(4, 6)),
        Integer.parseInt(digits.substring(6, 8)));
  }

  /** Whether the number carries birth date and sex: resident cards and residence permits. */
  private boolean structured() {
    return type == IdType.RESIDENT_ID_CARD
        || type == IdType.HK_MACAO_TAIWAN_PERMIT && value.length() == STRUCTURED_LENGTH;
  }

  public IdType type() {
    return type;
  }

  /** The full number. Show {@link #masked()} instead; this is for encryption and hashing. */
  public String value() {
    return value;
  }

  /** The birth date in the number; empty for travel permits and passports. */
  public Optional<LocalDate> birthDate() {
    return structured() ? Optional.of(birthDateOf(value)) : Optional.empty();
  }

  /** Male for an odd 17th digit; empty for travel permits and passports. */
  public Optional<Sex> sex() {
    return structured()
        ? Optional.of((value.charAt(SEX_POSITION) - '0') % 2 == 1 ? Sex.MALE : Sex.FEMALE)
        : Optional.empty();
  }

  /**
   * The first 3 and last 4 characters with an asterisk for each one between; a number of 7 or fewer
   * characters shows only its last 2.
   */
  public String masked() {
    int length = value.length();
    if (length <= 7) {
      return "*".repeat(length - 2) + value.substring(length - 2);
    }
    return value.substring(0, 3) + "*".repeat(length - 7) + value.substring(length - 4);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof IdNumber that && type == that.type && value.equals(that.value);
  }

  @Override
  public int hashCode() {
    return Objects.hash(type, value);
  }

  /** The masked number, never the full one (it ends up in logs). */
  @Override
  public String toString() {
    return masked();
  }
}
