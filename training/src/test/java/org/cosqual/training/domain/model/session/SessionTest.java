package org.cosqual.training.domain.model.session;

import static org.cosqual.training.domain.model.course.Courses.AT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import org.cosqual.personnel.domain.model.person.Person;
import org.cosqual.personnel.domain.shared.BusinessException;
import org.cosqual.personnel.testing.TestEntities;
import org.cosqual.training.domain.model.course.Audience;
import org.cosqual.training.domain.model.course.Course;
import org.cosqual.training.domain.model.course.Courses;
import org.cosqual.training.domain.model.course.Delivery;
import org.junit.jupiter.api.Test;

class SessionTest {

  private static final LocalDateTime NOW = LocalDateTime.of(2026, 3, 2, 9, 0);
  private static final LocalDateTime START = NOW.plusDays(7);

  private final Person wang = person(1, "Wang");
  private final Person li = person(2, "Li");
  private final Person zhao = person(3, "Zhao");

  private static Person person(long id, String name) {
    return TestEntities.withId(new Person(name, null, null), id);
  }

  private static SessionPlan plan(int capacity, boolean selfEnrolment) {
    return new SessionPlan(START, START.plusHours(3), "Yinchuan", null, capacity, selfEnrolment);
  }

  private static Session session(int capacity, boolean selfEnrolment) {
    return new Session(
        Courses.published(Audience.REGULATORS),
        plan(capacity, selfEnrolment),
        Courses.UNIT,
        "provadmin",
        AT,
        NOW);
  }

  @Test
  void aFullSessionTakesNobodyMore() {
    Session session = session(2, true);
    session.enrol(wang, true, "wang", AT, NOW);
    session.enrol(li, false, "provadmin", AT, NOW);
    assertTrue(session.isFull());
    assertEquals("error.session.full", refusal(() -> session.enrol(zhao, false, "p", AT, NOW)));
    assertEquals(2, session.getEnrolments().size());
  }

  @Test
  void nobodyIsEnrolledTwice() {
    Session session = session(5, true);
    session.enrol(wang, true, "wang", AT, NOW);
    assertEquals(
        "error.session.alreadyEnrolled",
        refusal(() -> session.enrol(wang, false, "provadmin", AT, NOW)));
  }

  @Test
  void selfEnrolmentClosesWhenTheSessionBegins() {
    Session session = session(5, true);
    assertEquals("error.session.begun", refusal(() -> session.enrol(wang, true, "w", AT, START)));
    assertEquals(
        "error.session.begun",
        refusal(() -> session.enrol(wang, true, "w", AT, START.plusMinutes(1))));
    session.enrol(wang, true, "w", AT, START.minusMinutes(1));
    session.enrol(li, false, "provadmin", AT, START.plusHours(1));
    assertEquals(2, session.getEnrolments().size(), "an administrator still assigns late comers");
  }

  @Test
  void aSessionForAssignedLearnersOnlyRefusesSelfEnrolment() {
    Session session = session(5, false);
    assertEquals(
        "error.session.assignedOnly", refusal(() -> session.enrol(wang, true, "w", AT, NOW)));
    session.enrol(wang, false, "provadmin", AT, NOW);
  }

  @Test
  void attendanceIsRecordedForEnrolledPeopleOnceTheSessionHasBegun() {
    Session session = session(5, true);
    session.enrol(wang, true, "wang", AT, NOW);
    assertEquals(
        "error.session.notBegun",
        refusal(() -> session.recordAttendance(wang.getId(), true, "p", AT, NOW)));
    assertEquals(
        "error.session.notEnrolled",
        refusal(() -> session.recordAttendance(li.getId(), true, "p", AT, START)));
    Enrolment attended = session.recordAttendance(wang.getId(), true, "p", AT, START);
    assertTrue(attended.isAttended());
    assertEquals(
        "error.session.attendanceCredited",
        refusal(() -> session.recordAttendance(wang.getId(), false, "p", AT, START)));
    assertEquals(START.toLocalDate(), session.getDay());
  }

  @Test
  void anAbsenceCanStillBeCorrectedToAttendance() {
    Session session = session(5, true);
    session.enrol(wang, true, "wang", AT, NOW);
    assertFalse(session.recordAttendance(wang.getId(), false, "p", AT, START).isAttended());
    assertTrue(session.recordAttendance(wang.getId(), true, "p", AT, START).isAttended());
  }

  @Test
  void badPlansAreRefused() {
    Course course = Courses.published(Audience.REGULATORS);
    assertEquals(
        "error.session.past",
        refusal(
            () -> new Session(course, plan(5, true), Courses.UNIT, "p", AT, START.plusDays(1))));
    assertEquals(
        "error.session.endBeforeStart",
        refusal(
            () ->
                new Session(
                    course,
                    new SessionPlan(START, START, "Room", null, 5, true),
                    Courses.UNIT,
                    "p",
                    AT,
                    NOW)));
    assertEquals(
        "error.session.placeOrLink",
        refusal(
            () ->
                new Session(
                    course,
                    new SessionPlan(START, START.plusHours(1), " ", null, 5, true),
                    Courses.UNIT,
                    "p",
                    AT,
                    NOW)));
    assertEquals(
        "error.course.url",
        refusal(
            () ->
                new Session(
                    course,
                    new SessionPlan(START, START.plusHours(1), null, "javascript:x()", 5, true),
                    Courses.UNIT,
                    "p",
                    AT,
                    NOW)));
    for (Integer capacity : new Integer[] {null, 0, -3, Session.CAPACITY_MAX + 1}) {
      assertEquals(
          "error.session.capacity",
          refusal(
              () ->
                  new Session(
                      course,
                      new SessionPlan(START, START.plusHours(1), "Room", null, capacity, true),
                      Courses.UNIT,
                      "p",
                      AT,
                      NOW)));
    }
  }

  @Test
  void onlyAPublishedCourseHasSessions() {
    Course draft = Courses.provinceCourse(Delivery.OFFLINE, Audience.REGULATORS);
    assertEquals(
        "error.course.notPublished",
        refusal(() -> new Session(draft, plan(5, true), Courses.UNIT, "p", AT, NOW)));
  }

  private static String refusal(Runnable call) {
    return assertThrows(BusinessException.class, call::run).getMessageKey();
  }
}
