package org.cosqual.training.application;

import java.io.InputStream;
import java.util.List;
import java.util.function.Function;
import org.cosqual.personnel.application.spreadsheet.ImportReport;
import org.cosqual.training.domain.model.session.Enrolment;
import org.cosqual.training.domain.model.session.Session;
import org.cosqual.training.domain.model.session.SessionPlan;

/**
 * Sessions: the year's training plan that regulator administrators lay out, enrolment, and the
 * attendance that credits a course's hours.
 */
public interface SessionService {

  /** A regulator administrator plans a session of a published course, organised by their unit. */
  Session planSession(long courseId, SessionPlan plan);

  /**
   * The sessions of a calendar year, earliest first: all for administrators, for learners those of
   * courses whose audience includes them.
   */
  List<Session> findPlan(int year);

  List<Session> findSessionsOf(long courseId);

  /** A session the caller may see, as in {@link #findPlan}. */
  Session getSession(long sessionId);

  /** The caller enrols in a session that allows it and has not begun, while places are free. */
  Enrolment enrol(long sessionId);

  /**
   * An administrator whose jurisdiction covers the organiser enrols a learner of their
   * jurisdiction, by user name.
   */
  Enrolment assign(long sessionId, String username);

  /**
   * The organiser's administrators record whether an enrolled person attended; attendance credits
   * the course's hours, once per person and year.
   */
  AttendanceRecorded recordAttendance(long sessionId, long personId, boolean attended);

  /**
   * Records the attendance of a sheet (an attendance list taken on paper or by another system):
   * every row names an enrolled person by user name; a row already recorded so counts as unchanged,
   * so a sheet imported twice changes nothing.
   *
   * @param labels the header texts by column key, as in the template
   */
  ImportReport importAttendance(long sessionId, InputStream xlsx, Function<String, String> labels);

  /** The caller's enrolments into sessions that have not ended yet. */
  List<Enrolment> findMyUpcomingSessions();

  /** Whether the caller may take attendance and assign people. */
  boolean isOrganiserOf(Session session);
}
