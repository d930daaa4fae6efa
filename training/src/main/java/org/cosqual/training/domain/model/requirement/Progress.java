package org.cosqual.training.domain.model.requirement;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.Year;
import org.cosqual.training.domain.model.ledger.Hours;

/**
 * A person's hours against the requirement on a day: expected = requirement × elapsed days / days
 * in the year; met when hours ≥ requirement, on track when hours ≥ expected, at risk when hours ≥
 * expected / 2, behind otherwise.
 *
 * @param expected the hours due by that day, to one decimal
 */
public record Progress(
    Hours hours, BigDecimal required, BigDecimal expected, ProgressStatus status) {

  private static final BigDecimal TWO = BigDecimal.valueOf(2);

  /**
   * @param day the day of the year it is judged on; a day after the year judges the whole year, a
   *     day before it none of it
   */
  public static Progress on(LocalDate day, int year, Hours hours, BigDecimal required) {
    int daysInYear = Year.of(year).length();
    long elapsed =
        day.getYear() < year ? 0 : day.getYear() > year ? daysInYear : day.getDayOfYear();
    BigDecimal expected =
        required
            .multiply(BigDecimal.valueOf(elapsed))
            .divide(BigDecimal.valueOf(daysInYear), MathContext.DECIMAL64);
    return new Progress(
        hours,
        required,
        expected.setScale(1, RoundingMode.HALF_UP),
        status(hours, required, expected));
  }

  private static ProgressStatus status(Hours hours, BigDecimal required, BigDecimal expected) {
    if (hours.isAtLeast(required)) {
      return ProgressStatus.MET;
    }
    if (hours.isAtLeast(expected)) {
      return ProgressStatus.ON_TRACK;
    }
    if (hours.isAtLeast(expected.divide(TWO, MathContext.DECIMAL64))) {
      return ProgressStatus.AT_RISK;
    }
    return ProgressStatus.BEHIND;
  }

  /** Hours as a percentage of the requirement, at most 100, for a progress bar. */
  public int percent() {
    if (required.signum() == 0) {
      return 100;
    }
    return hours
        .value()
        .multiply(BigDecimal.valueOf(100))
        .divide(required, 0, RoundingMode.DOWN)
        .min(BigDecimal.valueOf(100))
        .intValue();
  }
}
