package org.cosqual.training.domain.model.requirement;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.cosqual.training.domain.model.ledger.Hours;
import org.junit.jupiter.api.Test;

/**
 * The status rule at its boundaries. 2026 has 365 days; on 2026-07-02 (day 183) 20 学时 are expected
 * at 20 × 183 / 365 = 10.027…, so half of it is 5.013….
 */
class ProgressTest {

  private static final BigDecimal TWENTY = new BigDecimal("20");
  private static final LocalDate MID_YEAR = LocalDate.of(2026, 7, 2);

  private static ProgressStatus status(String hours, LocalDate day) {
    return Progress.on(day, 2026, new Hours(new BigDecimal(hours)), TWENTY).status();
  }

  @Test
  void theRequirementReachedIsMetWhateverTheDay() {
    assertEquals(ProgressStatus.MET, status("20", LocalDate.of(2026, 1, 1)));
    assertEquals(ProgressStatus.MET, status("20.5", MID_YEAR));
  }

  @Test
  void atOrAboveTheExpectedHoursIsOnTrack() {
    assertEquals(
        new BigDecimal("10.0"), Progress.on(MID_YEAR, 2026, Hours.ZERO, TWENTY).expected());
    assertEquals(ProgressStatus.ON_TRACK, status("10.5", MID_YEAR));
    assertEquals(ProgressStatus.AT_RISK, status("10", MID_YEAR), "10 < 10.027…");
  }

  @Test
  void atOrAboveHalfTheExpectedHoursIsAtRisk() {
    assertEquals(ProgressStatus.AT_RISK, status("5.5", MID_YEAR));
    assertEquals(ProgressStatus.BEHIND, status("5", MID_YEAR), "5 < 5.013…");
    assertEquals(ProgressStatus.BEHIND, status("0", MID_YEAR));
  }

  @Test
  void exactBoundariesCountForTheBetterStatus() {
    // On 2026-03-14, day 73, exactly 20 × 73 / 365 = 4 are expected.
    LocalDate day73 = LocalDate.of(2026, 3, 14);
    assertEquals(new BigDecimal("4.0"), Progress.on(day73, 2026, Hours.ZERO, TWENTY).expected());
    assertEquals(ProgressStatus.ON_TRACK, status("4", day73));
    assertEquals(ProgressStatus.AT_RISK, status("2", day73));
    assertEquals(ProgressStatus.BEHIND, status("1.5", day73));
  }

  @Test
  void onTheFirstDayNothingIsExpectedAndAfterTheYearAllIs() {
    assertEquals(ProgressStatus.ON_TRACK, status("0", LocalDate.of(2025, 12, 31)));
    assertEquals(ProgressStatus.BEHIND, status("9.5", LocalDate.of(2027, 1, 5)));
    assertEquals(ProgressStatus.AT_RISK, status("10", LocalDate.of(2027, 1, 5)));
    assertEquals(ProgressStatus.ON_TRACK, status("19.5", LocalDate.of(2026, 12, 18)));
    assertEquals(ProgressStatus.AT_RISK, status("19.5", LocalDate.of(2026, 12, 31)));
  }

  @Test
  void thePercentageIsCappedAtAHundred() {
    assertEquals(
        50, Progress.on(MID_YEAR, 2026, new Hours(new BigDecimal("10")), TWENTY).percent());
    assertEquals(
        100, Progress.on(MID_YEAR, 2026, new Hours(new BigDecimal("30")), TWENTY).percent());
  }
}
