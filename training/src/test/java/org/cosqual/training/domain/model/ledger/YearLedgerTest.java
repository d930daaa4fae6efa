package org.cosqual.training.domain.model.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.lang.reflect.Field;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.cosqual.personnel.domain.model.person.Person;
import org.cosqual.personnel.domain.shared.BusinessException;
import org.cosqual.training.domain.model.requirement.TrainingCategory;
import org.junit.jupiter.api.Test;

class YearLedgerTest {

  private static final TrainingCategory REGULATIONS =
      new TrainingCategory("REGULATIONS", "法规标准解读", null, 10);
  private static final TrainingCategory OTHER = new TrainingCategory("OTHER", "其他", null, 60);
  private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
  private static final Instant NOW = Instant.parse("2026-11-22T02:00:00Z");

  private final Person person = new Person("王伟", null, null);

  private HourEntry entry(
      String hours, TrainingCategory category, Long courseId, boolean approved) {
    HourEntry entry =
        HourEntry.externalTraining(
            person,
            Hours.credited(new BigDecimal(hours), "h"),
            category,
            "培训",
            null,
            LocalDate.of(2026, 5, 1),
            1L,
            "inspector",
            NOW,
            TODAY);
    setCourse(entry, courseId);
    if (approved) {
      entry.approve("provadmin", NOW);
    }
    return entry;
  }

  private static void setCourse(HourEntry entry, Long courseId) {
    try {
      Field field = HourEntry.class.getDeclaredField("courseId");
      field.setAccessible(true);
      field.set(entry, courseId);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void onlyApprovedEntriesOfCountedCategoriesCount() {
    YearLedger ledger =
        new YearLedger(
            List.of(
                entry("4", REGULATIONS, null, true),
                entry("3", REGULATIONS, null, false),
                entry("2.5", OTHER, null, true)));
    assertEquals(new BigDecimal("4.0"), ledger.countedHours("REGULATIONS"::equals).value());
    assertEquals(
        Map.of(
            "REGULATIONS",
            new Hours(new BigDecimal("4")),
            "OTHER",
            new Hours(new BigDecimal("2.5"))),
        ledger.hoursByCategory());
  }

  @Test
  void aCourseCountsOncePerYearHoweverManySessionsWereAttended() {
    YearLedger ledger =
        new YearLedger(
            List.of(
                entry("6", REGULATIONS, 7L, true),
                entry("6", REGULATIONS, 7L, true),
                entry("2", REGULATIONS, 8L, true)));
    assertEquals(new BigDecimal("8.0"), ledger.countedHours(c -> true).value());
    assertEquals(2, ledger.credited().size());
  }

  @Test
  void aRejectedFirstSessionLeavesTheApprovedOneToCount() {
    YearLedger ledger =
        new YearLedger(
            List.of(entry("6", REGULATIONS, 7L, false), entry("6", REGULATIONS, 7L, true)));
    assertEquals(new BigDecimal("6.0"), ledger.countedHours(c -> true).value());
  }

  @Test
  void aDecidedEntryIsNotDecidedAgainAndARejectionNeedsAReason() {
    HourEntry approved = entry("2", REGULATIONS, null, true);
    assertEquals(
        "error.ledger.decided",
        assertThrows(BusinessException.class, () -> approved.reject("x", NOW, "late"))
            .getMessageKey());
    HourEntry pending = entry("2", REGULATIONS, null, false);
    assertEquals(
        "error.field.required",
        assertThrows(BusinessException.class, () -> pending.reject("x", NOW, " ")).getMessageKey());
  }

  @Test
  void trainingStillToComeCannotBeReported() {
    BusinessException refused =
        assertThrows(
            BusinessException.class,
            () ->
                HourEntry.externalTraining(
                    person,
                    Hours.credited(BigDecimal.ONE, "h"),
                    REGULATIONS,
                    "培训",
                    null,
                    TODAY.plusDays(1),
                    1L,
                    "inspector",
                    NOW,
                    TODAY));
    assertEquals("error.ledger.future", refused.getMessageKey());
  }
}
