package org.cosqual.training.domain.model.ledger;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import org.cosqual.personnel.domain.shared.BusinessException;

/**
 * Training hours: a positive number in steps of half an hour (one hour = 45 minutes of instruction
 * unless a course says otherwise).
 */
public record Hours(BigDecimal value) implements Comparable<Hours> {

  public static final Hours ZERO = new Hours(BigDecimal.ZERO.setScale(1));

  /** More than a fortnight of full days: a typing error, not one training. */
  public static final BigDecimal MAX_PER_ENTRY = new BigDecimal("120");

  private static final BigDecimal STEP = new BigDecimal("0.5");

  public Hours {
    Objects.requireNonNull(value);
    value = value.setScale(1, RoundingMode.UNNECESSARY);
  }

  /**
   * Hours as credited for one training: more than zero, a multiple of 0.5, at most {@link
   * #MAX_PER_ENTRY}.
   *
   * @param labelKey the bundle key of the field, for the message
   */
  public static Hours credited(BigDecimal value, String labelKey) {
    if (value == null) {
      throw new BusinessException("error.field.required", labelKey);
    }
    if (value.signum() <= 0 || value.compareTo(MAX_PER_ENTRY) > 0) {
      throw new BusinessException("error.hours.range", labelKey, MAX_PER_ENTRY);
    }
    if (value.remainder(STEP).signum() != 0) {
      throw new BusinessException("error.hours.step", labelKey);
    }
    return new Hours(value);
  }

  public Hours plus(Hours other) {
    return new Hours(value.add(other.value));
  }

  public boolean isAtLeast(BigDecimal other) {
    return value.compareTo(other) >= 0;
  }

  @Override
  public int compareTo(Hours other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value.stripTrailingZeros().toPlainString();
  }
}
