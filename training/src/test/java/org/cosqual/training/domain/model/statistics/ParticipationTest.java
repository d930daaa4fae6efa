package org.cosqual.training.domain.model.statistics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class ParticipationTest {

  @Test
  void ratesArePercentagesWithOneDecimalRoundedHalfUp() {
    Participation group = Participation.of("640104", "Xingqing", null, 3, 2, 1, 0);
    assertEquals(2, group.pending(), "neither passed nor failed");
    assertEquals(new BigDecimal("66.7"), group.participationRate());
    assertEquals(new BigDecimal("50.0"), group.passRate(), "of those who took it");
    assertEquals(
        new BigDecimal("16.7"), Participation.of("", "", null, 6, 1, 0, 0).participationRate());
    assertEquals(
        new BigDecimal("6.3"), Participation.of("", "", null, 16, 1, 0, 0).participationRate());
    assertEquals(new BigDecimal("100.0"), Participation.of("", "", null, 4, 4, 4, 0).passRate());
  }

  @Test
  void aRateOfNobodyIsUndefinedNotZero() {
    Participation empty = Participation.none("640202", "Dawukou");
    assertEquals(0, empty.enrolled());
    assertNull(empty.participationRate());
    assertNull(empty.passRate());
    Participation untaken = Participation.of("x", "X", null, 5, 0, 0, 0);
    assertEquals(new BigDecimal("0.0"), untaken.participationRate());
    assertNull(untaken.passRate());
    assertEquals(5, untaken.pending());
  }

  @Test
  void theTotalAddsTheCountsAndComputesItsOwnRates() {
    ParticipationBreakdown breakdown =
        ParticipationBreakdown.of(
            List.of(
                Participation.of("a", "A", null, 2, 2, 2, 0),
                Participation.of("b", "B", null, 8, 2, 0, 1),
                Participation.none("c", "C")));
    Participation total = breakdown.total();
    assertEquals("", total.key());
    assertEquals(10, total.enrolled());
    assertEquals(4, total.taken());
    assertEquals(2, total.passed());
    assertEquals(1, total.failed());
    assertEquals(7, total.pending());
    assertEquals(new BigDecimal("40.0"), total.participationRate(), "not the mean of the rates");
    assertEquals(new BigDecimal("50.0"), total.passRate());
    assertEquals(3, breakdown.rows().size());
  }

  @Test
  void theTotalOfNothingIsEmpty() {
    Participation total = ParticipationBreakdown.of(List.of()).total();
    assertEquals(0, total.enrolled());
    assertNull(total.participationRate());
  }

  @Test
  void inconsistentCountsAreRefused() {
    assertThrows(IllegalArgumentException.class, () -> Participation.of("", "", null, 2, 3, 0, 0));
    assertThrows(IllegalArgumentException.class, () -> Participation.of("", "", null, 5, 2, 2, 1));
    assertThrows(IllegalArgumentException.class, () -> Participation.of("", "", null, 5, -1, 0, 0));
  }
}
