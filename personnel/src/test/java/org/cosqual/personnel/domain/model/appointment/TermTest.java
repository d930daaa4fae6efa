package org.cosqual.personnel.domain.model.appointment;

import static org.cosqual.personnel.testing.ArchiveSamples.term;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.cosqual.personnel.domain.shared.BusinessException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TermTest {

  @ParameterizedTest(name = "[{0} {1}] and [{2} {3}] overlap: {4}")
  @CsvSource(
      nullValues = "open",
      value = {
        "2020-01-01, 2020-12-31, 2021-01-01, 2021-12-31, false", // the next day: no overlap
        "2020-01-01, 2020-12-31, 2020-12-31, 2021-12-31, true", // one shared last day
        "2020-01-01, 2020-12-31, 2019-01-01, 2020-01-01, true", // one shared first day
        "2020-01-01, 2020-12-31, 2020-03-01, 2020-04-01, true", // inside
        "2020-01-01, 2020-12-31, 2019-01-01, 2021-12-31, true", // around
        "2020-01-01, 2020-12-31, 2018-01-01, 2019-12-31, false", // before
        "2020-01-01, open, 2030-01-01, 2030-12-31, true", // open end reaches any later term
        "2020-01-01, open, 2019-01-01, 2019-12-31, false", // but not an earlier one
        "2020-01-01, open, 2010-01-01, open, true", // two open terms always meet
        "2020-01-01, 2020-01-01, 2020-01-01, 2020-01-01, true", // one day each, the same day
      })
  void termsOverlapWhenTheyShareADayBothEndsIncluded(
      LocalDate from, LocalDate to, LocalDate otherFrom, LocalDate otherTo, boolean overlap) {
    Term one = new Term(from, to);
    Term other = new Term(otherFrom, otherTo);
    assertEquals(overlap, one.overlaps(other));
    assertEquals(overlap, other.overlaps(one), "overlapping is symmetric");
  }

  @Test
  void aTermCoversItsFirstAndLastDayAndNothingOutside() {
    Term term = term("2024-03-01", "2024-03-31");
    assertTrue(term.covers(LocalDate.of(2024, 3, 1)));
    assertTrue(term.covers(LocalDate.of(2024, 3, 31)));
    assertFalse(term.covers(LocalDate.of(2024, 2, 29)));
    assertFalse(term.covers(LocalDate.of(2024, 4, 1)));
  }

  @Test
  void anOpenTermCoversEveryDayFromItsStart() {
    Term term = term("2024-03-01", null);
    assertTrue(term.covers(LocalDate.of(2099, 1, 1)));
    assertFalse(term.covers(LocalDate.of(2024, 2, 29)));
  }

  @Test
  void aTermNeedsAStartAndNoEndBeforeIt() {
    BusinessException noStart =
        assertThrows(BusinessException.class, () -> new Term(null, LocalDate.of(2024, 1, 1)));
    assertEquals("error.field.required", noStart.getMessageKey());
    BusinessException backwards =
        assertThrows(BusinessException.class, () -> term("2024-01-02", "2024-01-01"));
    assertEquals("error.dates.endBeforeStart", backwards.getMessageKey());
    assertEquals(LocalDate.of(2024, 1, 1), term("2024-01-01", "2024-01-01").getTo());
  }

  @Test
  void endingATermKeepsItsStartAndLeavesTheOriginalAsItWas() {
    Term open = term("2024-01-01", null);
    Term ended = open.endingOn(LocalDate.of(2025, 6, 30));
    assertEquals(term("2024-01-01", "2025-06-30"), ended);
    assertNull(open.getTo());
    assertThrows(BusinessException.class, () -> open.endingOn(LocalDate.of(2023, 12, 31)));
  }

  @Test
  void aTermReadsAsItsDates() {
    assertEquals("2024-01-01~2025-06-30", term("2024-01-01", "2025-06-30").toString());
    assertEquals("2024-01-01~", term("2024-01-01", null).toString());
  }
}
