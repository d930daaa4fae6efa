package org.cosqual.training.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.cosqual.personnel.application.AuditTrail;
import org.cosqual.personnel.application.Caller;
import org.cosqual.personnel.application.spreadsheet.ImportReport;
import org.cosqual.personnel.application.spreadsheet.RowError;
import org.cosqual.personnel.application.spreadsheet.SheetContent;
import org.cosqual.personnel.application.spreadsheet.SheetRow;
import org.cosqual.personnel.application.spreadsheet.Spreadsheets;
import org.cosqual.personnel.domain.model.account.Account;
import org.cosqual.personnel.domain.model.account.AccountRepository;
import org.cosqual.personnel.domain.model.account.Permission;
import org.cosqual.personnel.domain.model.account.Role;
import org.cosqual.personnel.domain.model.audit.AuditAction;
import org.cosqual.personnel.domain.model.audit.AuditRecord;
import org.cosqual.personnel.domain.model.organisation.Organisation;
import org.cosqual.personnel.domain.shared.AccessDeniedException;
import org.cosqual.personnel.domain.shared.BusinessException;
import org.cosqual.personnel.domain.shared.NotFoundException;
import org.cosqual.training.application.AttendanceRecorded;
import org.cosqual.training.application.AttendanceSheet;
import org.cosqual.training.application.CourseService;
import org.cosqual.training.application.SessionService;
import org.cosqual.training.domain.model.course.Audience;
import org.cosqual.training.domain.model.course.Course;
import org.cosqual.training.domain.model.ledger.EntrySource;
import org.cosqual.training.domain.model.session.Attendance;
import org.cosqual.training.domain.model.session.Enrolment;
import org.cosqual.training.domain.model.session.Session;
import org.cosqual.training.domain.model.session.SessionPlan;
import org.cosqual.training.domain.model.session.SessionRepository;

@ApplicationScoped
@Transactional
public class DefaultSessionService implements SessionService {

  @Inject SessionRepository sessions;
  @Inject CourseService courses;
  @Inject AccountRepository accounts;
  @Inject CourseCredits credits;
  @Inject AuditTrail audit;
  @Inject Spreadsheets spreadsheets;
  @Inject TrainingCaller learner;
  @Inject Caller caller;
  @Inject Clock clock;
  @Inject ZoneId zone;

  @Override
  public Session planSession(long courseId, SessionPlan plan) {
    caller.require(Permission.REGULATION_MANAGE);
    Course course = courses.getCourse(courseId);
    Organisation unit = learner.account().getOrganisation();
    if (unit == null) {
      throw new AccessDeniedException(Permission.REGULATION_MANAGE.code());
    }
    Session session =
        sessions.store(new Session(course, plan, unit, caller.name(), clock.instant(), now()));
    record(AuditAction.SESSION_PLANNED, session, String.valueOf(session.getStartsAt()));
    return session;
  }

  @Override
  public List<Session> findPlan(int year) {
    List<Session> plan =
        sessions.findStartingBetween(
            LocalDate.of(year, 1, 1).atStartOfDay(), LocalDate.of(year + 1, 1, 1).atStartOfDay());
    return plan.stream().filter(this::maySee).toList();
  }

  @Override
  public List<Session> findSessionsOf(long courseId) {
    courses.getCourse(courseId);
    return sessions.findByCourse(courseId).stream().filter(this::maySee).toList();
  }

  @Override
  public Session getSession(long sessionId) {
    return sessions
        .find(sessionId)
        .filter(this::maySee)
        .orElseThrow(() -> new NotFoundException("Session", sessionId));
  }

  @Override
  public Enrolment enrol(long sessionId) {
    learner.requireLearner();
    Session session = locked(sessionId);
    requireAudience(session.getCourse().getAudience(), learner.isRegulatorLearner());
    return session.enrol(learner.person(), true, caller.name(), clock.instant(), now());
  }

  @Override
  public Enrolment assign(long sessionId, String username) {
    Session session = organised(sessionId);
    Account account =
        accounts
            .findByUsername(username == null ? "" : username.strip())
            .filter(Account::isEnabled)
            .filter(learner::inScope)
            .orElseThrow(() -> new BusinessException("error.session.unknownLearner", username));
    boolean regulator =
        account.getRoles().contains(Role.REGULATOR)
            || account.getRoles().contains(Role.REGULATOR_ADMIN);
    if (!regulator && !account.getRoles().contains(Role.KEY_STAFF)) {
      throw new BusinessException("error.session.unknownLearner", username);
    }
    requireAudience(session.getCourse().getAudience(), regulator);
    Enrolment enrolment =
        session.enrol(account.getPerson(), false, caller.name(), clock.instant(), now());
    record(AuditAction.ENROLMENT_ASSIGNED, session, account.getUsername());
    return enrolment;
  }

  @Override
  public AttendanceRecorded recordAttendance(long sessionId, long personId, boolean attended) {
    return takeAttendance(organised(sessionId), personId, attended);
  }

  private AttendanceRecorded takeAttendance(Session session, long personId, boolean attended) {
    Enrolment enrolment =
        session.recordAttendance(personId, attended, caller.name(), clock.instant(), now());
    boolean credited =
        attended
            && credits
                .credit(
                    enrolment.getPerson(),
                    session.getCourse(),
                    EntrySource.SESSION_ATTENDANCE,
                    session.getDay())
                .isPresent();
    record(
        AuditAction.ATTENDANCE_RECORDED,
        session,
        enrolment.getPerson().getName() + " " + enrolment.getAttendance());
    return new AttendanceRecorded(enrolment, credited);
  }

  @Override
  public ImportReport importAttendance(
      long sessionId, InputStream xlsx, Function<String, String> labels) {
    Session session = organised(sessionId);
    SheetContent content = spreadsheets.read(xlsx, AttendanceSheet.LAYOUT, labels);
    List<RowError> errors = new ArrayList<>(content.errors());
    Set<String> seen = new HashSet<>();
    int recorded = 0;
    int unchanged = 0;
    for (SheetRow row : content.rows()) {
      String username = row.text(AttendanceSheet.USERNAME).strip();
      boolean attended = row.flag(AttendanceSheet.ATTENDED);
      Optional<Enrolment> enrolment =
          accounts
              .findByUsername(username)
              .flatMap(account -> session.enrolmentOf(account.getPerson().getId()));
      if (!seen.add(username.toLowerCase(Locale.ROOT))) {
        errors.add(rowError(row, "error.attendance.duplicateRow", username));
      } else if (enrolment.isEmpty()) {
        errors.add(rowError(row, "error.attendance.notEnrolled", username));
      } else if (enrolment.get().getAttendance() == attendance(attended)) {
        unchanged++;
      } else {
        try {
          takeAttendance(session, enrolment.get().getPerson().getId(), attended);
          recorded++;
        } catch (BusinessException refused) {
          errors.add(
              RowError.of(row.number(), null, refused.getMessageKey(), refused.getArguments()));
        }
      }
    }
    return new ImportReport(recorded, unchanged, errors);
  }

  private static Attendance attendance(boolean attended) {
    return attended ? Attendance.ATTENDED : Attendance.ABSENT;
  }

  private static RowError rowError(SheetRow row, String messageKey, String username) {
    return RowError.of(row.number(), AttendanceSheet.USERNAME, messageKey, username);
  }

  @Override
  public List<Enrolment> findMyUpcomingSessions() {
    learner.requireLearner();
    return sessions.findEnrolmentsOf(learner.person().getId(), now());
  }

  @Override
  public boolean isOrganiserOf(Session session) {
    return caller.has(Permission.REGULATION_MANAGE) && learner.inScope(session.getOrganiser());
  }

  private void requireAudience(Audience audience, boolean regulator) {
    if (regulator ? !audience.includesRegulators() : !audience.includesKeyStaff()) {
      throw new BusinessException("error.session.notAudience");
    }
  }

  /** Administrators see every session; learners those of courses for them. */
  private boolean maySee(Session session) {
    if (caller.has(Permission.REGULATION_MANAGE)) {
      return true;
    }
    boolean learns = caller.has(Permission.TRAINING_OWN) || caller.has(Permission.LEARNING_OWN);
    return learns && learner.isAudience(session.getCourse().getAudience());
  }

  private Session organised(long sessionId) {
    caller.require(Permission.REGULATION_MANAGE);
    Session session = locked(sessionId);
    if (!isOrganiserOf(session)) {
      throw new NotFoundException("Session", sessionId);
    }
    return session;
  }

  private Session locked(long sessionId) {
    return sessions
        .findForUpdate(sessionId)
        .filter(this::maySee)
        .orElseThrow(() -> new NotFoundException("Session", sessionId));
  }

  private LocalDateTime now() {
    return LocalDateTime.now(clock.withZone(zone));
  }

  private void record(AuditAction action, Session session, String detail) {
    audit.append(
        new AuditRecord(
            caller.name(),
            action,
            "session:" + session.getId(),
            session.getCourse().getTitle() + " " + detail,
            caller.remoteAddress()));
  }
}
