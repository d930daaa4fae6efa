package org.cosqual.personnel.domain.model.enterprise;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.util.Locale;
import org.cosqual.personnel.domain.shared.BusinessException;

/**
 * An organisation's unified social credit code (GB 32100-2015): 18 characters from the code
 * alphabet (digits and upper-case letters without I, O, S, V and Z). Position 1 is the registration
 * authority, 2 the organisation type, 3 to 8 the administrative division of the registering office
 * (digits), 9 to 17 the organisation code and 18 the check character.
 *
 * <p>The check character makes {@code sum(value(c_i) * w_i) + value(c_18)} a multiple of 31 over
 * the character values 0 to 30, with the weights {@code w_i = 3^(i-1) mod 31}.
 */
@Embeddable
public class CreditCode implements Serializable {

  private static final long serialVersionUID = 1L;

  public static final int LENGTH = 18;

  /** The code alphabet; a character's value is its index. */
  private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

  private static final int MODULUS = 31;

  /** 3^(i-1) mod 31 for positions 1 to 17 (GB 32100-2015, table 2). */
  private static final int[] WEIGHTS = {
    1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28
  };

  private static final int DIVISION_START = 2;
  private static final int DIVISION_END = 8;

  @Column(name = "credit_code", length = LENGTH)
  private String value;

  /** For JPA. */
  protected CreditCode() {}

  private CreditCode(String value) {
    this.value = value;
  }

  /**
   * The credit code typed or imported, without surrounding white space and in upper case.
   *
   * @throws BusinessException {@code error.creditCode.length} unless 18 characters, {@code
   *     error.creditCode.character} (with the 1-based position) for a character outside the code
   *     alphabet or a non-digit in positions 3 to 8, {@code error.creditCode.check} when the check
   *     character does not match
   */
  public static CreditCode of(String input) {
    String code = input == null ? "" : input.strip().toUpperCase(Locale.ROOT);
    if (code.length() != LENGTH) {
      throw new BusinessException("error.creditCode.length");
    }
    for (int i = 0; i < LENGTH; i++) {
      char c = code.charAt(i);
      boolean allowed =
          i >= DIVISION_START && i < DIVISION_END ? c >= '0' && c <= '9' : ALPHABET.indexOf(c) >= 0;
      if (!allowed) {
        throw new BusinessException("error.creditCode.character", i + 1);
      }
    }
    if (code.charAt(LENGTH - 1) != checkCharacter(code)) {
      throw new BusinessException("error.creditCode.check");
    }
    return new CreditCode(code);
  }

  private static char checkCharacter(String code) {
    int sum = 0;
    for (int i = 0; i < WEIGHTS.length; i++) {
      sum += ALPHABET.indexOf(code.charAt(i)) * WEIGHTS[i];
    }
    return ALPHABET.charAt((MODULUS - sum % MODULUS) % MODULUS);
  }

  public String value() {
    return value;
  }

  /** The administrative division code of the registering office (positions 3 to 8). */
  public String divisionCode() {
    return value.substring(DIVISION_START, DIVISION_END);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof CreditCode that && value.equals(that.value);
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
