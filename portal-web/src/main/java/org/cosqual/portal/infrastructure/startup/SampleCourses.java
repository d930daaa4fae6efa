package org.cosqual.portal.infrastructure.startup;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVRecord;
import org.cosqual.personnel.application.AccountService;
import org.cosqual.personnel.application.AccountSummary;
import org.cosqual.personnel.application.CallerIdentity;
import org.cosqual.personnel.application.SignInService;
import org.cosqual.portal.security.CurrentCaller;
import org.cosqual.training.application.CourseService;
import org.cosqual.training.application.SessionService;
import org.cosqual.training.domain.model.course.Audience;
import org.cosqual.training.domain.model.course.Course;
import org.cosqual.training.domain.model.course.CourseDetails;
import org.cosqual.training.domain.model.course.Delivery;
import org.cosqual.training.domain.model.course.ProviderKind;
import org.cosqual.training.domain.model.session.Session;
import org.cosqual.training.domain.model.session.SessionPlan;

/**
 * Demo courses from {@code sample/courses.csv}, drafted, reviewed and published through the
 * services by the demo accounts, with a session each where the file plans one (days from today,
 * 09:00–12:00) and its first enrolments. Skipped once any course exists.
 */
@ApplicationScoped
public class SampleCourses {

  private static final String REVIEWER = "provadmin";
  private static final LocalTime SESSION_START = LocalTime.of(9, 0);
  private static final int SESSION_HOURS = 3;

  @Inject CurrentCaller caller;
  @Inject AccountService accounts;
  @Inject SignInService signIn;
  @Inject CourseService courses;
  @Inject SessionService sessions;
  @Inject Clock clock;
  @Inject ZoneId zone;

  void seed(List<CSVRecord> rows) {
    caller.actAs(CallerIdentity.system());
    Map<String, Long> accountIds =
        accounts.listAccounts().stream()
            .collect(Collectors.toMap(AccountSummary::username, AccountSummary::id));
    actAs(accountIds, REVIEWER);
    if (!courses.findManagedCourses().isEmpty()) {
      caller.actAs(CallerIdentity.system());
      return;
    }
    for (CSVRecord row : rows) {
      Course course = draft(accountIds, row);
      if (!row.get("organiser").isBlank()) {
        plan(accountIds, row, course);
      }
    }
    caller.actAs(CallerIdentity.system());
  }

  private Course draft(Map<String, Long> accountIds, CSVRecord row) {
    actAs(accountIds, row.get("drafter"));
    Course course = courses.draftCourse(details(row));
    if (!row.get("material").isBlank()) {
      course =
          courses.addMaterialLink(
              course.getId(), course.getVersion(), row.get("title"), row.get("material"));
    }
    if (course.getProviderKind() != ProviderKind.ASSOCIATION) {
      return courses.publishCourse(course.getId(), course.getVersion());
    }
    course = courses.submitCourse(course.getId(), course.getVersion(), null);
    if (row.get("state").equals("PUBLISHED")) {
      actAs(accountIds, REVIEWER);
      course = courses.approveCourse(course.getId(), course.getVersion(), null);
    }
    return course;
  }

  /** What a row of the file says of its course. */
  static CourseDetails details(CSVRecord row) {
    String provider = row.get("provider");
    return new CourseDetails(
        row.get("title"),
        row.get("summary"),
        row.get("category"),
        Delivery.valueOf(row.get("delivery")),
        new BigDecimal(row.get("hours")),
        Audience.valueOf(row.get("audience")),
        !provider.isBlank(),
        provider,
        Boolean.parseBoolean(row.get("quiz")));
  }

  private void plan(Map<String, Long> accountIds, CSVRecord row, Course course) {
    actAs(accountIds, row.get("organiser"));
    LocalDate day =
        LocalDate.now(clock.withZone(zone)).plusDays(Long.parseLong(row.get("sessionInDays")));
    Session session =
        sessions.planSession(
            course.getId(),
            new SessionPlan(
                day.atTime(SESSION_START),
                day.atTime(SESSION_START.plusHours(SESSION_HOURS)),
                row.get("place"),
                null,
                Integer.valueOf(row.get("capacity")),
                Boolean.parseBoolean(row.get("selfEnrolment"))));
    for (String learner : row.get("enrolled").split(";")) {
      if (!learner.isBlank()) {
        actAs(accountIds, learner.strip());
        sessions.enrol(session.getId());
      }
    }
  }

  private void actAs(Map<String, Long> accountIds, String username) {
    caller.actAs(signIn.callerFor(accountIds.get(username), "127.0.0.1"));
  }
}
