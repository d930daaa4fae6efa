package org.cosqual.training.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import org.cosqual.personnel.application.Caller;
import org.cosqual.personnel.domain.model.person.Person;
import org.cosqual.training.domain.model.course.Course;
import org.cosqual.training.domain.model.ledger.EntrySource;
import org.cosqual.training.domain.model.ledger.HourEntry;
import org.cosqual.training.domain.model.ledger.HourEntryRepository;

/** Credits a course's hours to the ledger, once per person and year. */
@ApplicationScoped
class CourseCredits {

  @Inject HourEntryRepository entries;
  @Inject Caller caller;
  @Inject Clock clock;

  /**
   * The new approved entry, or none when the course is credited to the person in that year already
   * (by another session or online).
   */
  Optional<HourEntry> credit(Person person, Course course, EntrySource source, LocalDate day) {
    if (entries.isCourseCredited(person.getId(), day.getYear(), course.getId())) {
      return Optional.empty();
    }
    return Optional.of(
        entries.store(
            HourEntry.courseCredit(person, course, source, day, caller.name(), clock.instant())));
  }
}
