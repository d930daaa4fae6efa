package org.cosqual.training.application.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.cosqual.personnel.application.CallerIdentity;
import org.cosqual.personnel.domain.model.person.Person;
import org.cosqual.personnel.testing.TestEntities;
import org.cosqual.training.domain.model.course.Audience;
import org.cosqual.training.domain.model.course.Course;
import org.cosqual.training.domain.model.course.Courses;
import org.cosqual.training.domain.model.ledger.EntrySource;
import org.cosqual.training.domain.model.ledger.HourEntry;
import org.cosqual.training.domain.model.ledger.HourEntryRepository;
import org.junit.jupiter.api.Test;

/** A course's hours count once per person and calendar year, by attendance or online alike. */
class CourseCreditsTest {

  private final List<HourEntry> ledger = new ArrayList<>();
  private final CourseCredits credits = new CourseCredits();
  private final Person wang = TestEntities.withId(new Person("Wang", null, null), 1);
  private final Person li = TestEntities.withId(new Person("Li", null, null), 2);
  private final Course course = Courses.published(Audience.REGULATORS);

  CourseCreditsTest() {
    credits.entries = new InMemoryLedger();
    credits.caller = CallerIdentity.system();
    credits.clock = Clock.fixed(Instant.parse("2026-06-01T02:00:00Z"), ZoneOffset.UTC);
  }

  @Test
  void aSecondSessionOrAnOnlineCompletionInTheSameYearCreditsNothing() {
    Optional<HourEntry> first =
        credits.credit(wang, course, EntrySource.SESSION_ATTENDANCE, LocalDate.of(2026, 3, 10));
    assertTrue(first.isPresent());
    assertTrue(first.get().isApproved());
    assertEquals(course.getDeclaredHours(), first.get().getHours());
    assertEquals(course.getId(), first.get().getCourseId());
    assertTrue(
        credits
            .credit(wang, course, EntrySource.SESSION_ATTENDANCE, LocalDate.of(2026, 11, 2))
            .isEmpty());
    assertTrue(
        credits
            .credit(wang, course, EntrySource.ONLINE_COMPLETION, LocalDate.of(2026, 12, 31))
            .isEmpty());
    assertEquals(1, ledger.size());
  }

  @Test
  void theSameCourseCountsAgainNextYearAndForSomeoneElse() {
    credits.credit(wang, course, EntrySource.SESSION_ATTENDANCE, LocalDate.of(2026, 12, 31));
    assertTrue(
        credits
            .credit(wang, course, EntrySource.ONLINE_COMPLETION, LocalDate.of(2027, 1, 1))
            .isPresent());
    assertTrue(
        credits
            .credit(li, course, EntrySource.SESSION_ATTENDANCE, LocalDate.of(2026, 12, 31))
            .isPresent());
    assertEquals(List.of(2026, 2027, 2026), ledger.stream().map(HourEntry::getYear).toList());
  }

  /** The ledger's rows, as the repository's queries would see them. */
  private final class InMemoryLedger implements HourEntryRepository {

    @Override
    public boolean isCourseCredited(long personId, int year, long courseId) {
      return ledger.stream()
          .anyMatch(
              e ->
                  e.getPerson().getId() == personId
                      && e.getYear() == year
                      && Long.valueOf(courseId).equals(e.getCourseId())
                      && e.isApproved());
    }

    @Override
    public HourEntry store(HourEntry entry) {
      ledger.add(entry);
      return entry;
    }

    @Override
    public Optional<HourEntry> find(long id) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Optional<HourEntry> findForUpdate(long id) {
      throw new UnsupportedOperationException();
    }

    @Override
    public List<HourEntry> findByPersonAndYear(long personId, int year) {
      throw new UnsupportedOperationException();
    }

    @Override
    public List<HourEntry> findApprovedByPerson(long personId) {
      throw new UnsupportedOperationException();
    }

    @Override
    public List<HourEntry> findPendingInSubtree(String pathPrefix) {
      throw new UnsupportedOperationException();
    }
  }
}
