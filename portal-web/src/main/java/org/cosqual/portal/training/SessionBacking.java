package org.cosqual.portal.training;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.cosqual.portal.shell.PageActions;
import org.cosqual.portal.shell.PageMessages;
import org.cosqual.training.application.AttendanceRecorded;
import org.cosqual.training.application.SessionService;
import org.cosqual.training.domain.model.session.Enrolment;
import org.cosqual.training.domain.model.session.Session;

/**
 * One session: when, where and who is enrolled; its organiser's administrators assign people and
 * take attendance from the sign-in list, which credits the course's hours.
 */
@Named("trainingSession")
@ViewScoped
public class SessionBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient SessionService sessions;

  private String id;
  private long sessionId;
  private transient Session session;
  private String username;

  public void load() {
    if (session == null) {
      PageActions.loadOrNotFound(sessions::getSession, id).ifPresent(this::show);
    }
  }

  private void show(Session shown) {
    session = shown;
    sessionId = shown.getId();
  }

  public Session getSession() {
    if (session == null && sessionId != 0) {
      show(sessions.getSession(sessionId));
    }
    return session;
  }

  public void assign() {
    if (PageActions.attempt(() -> sessions.assign(sessionId, username))) {
      PageMessages.info("training_session.message.assigned", username.strip());
      username = null;
    }
    session = null;
  }

  public void attended(Enrolment enrolment) {
    record(enrolment, true);
  }

  public void absent(Enrolment enrolment) {
    record(enrolment, false);
  }

  private void record(Enrolment enrolment, boolean attended) {
    AttendanceRecorded[] recorded = new AttendanceRecorded[1];
    boolean done =
        PageActions.attempt(
            () ->
                recorded[0] =
                    sessions.recordAttendance(sessionId, enrolment.getPerson().getId(), attended));
    if (done) {
      String key =
          !attended
              ? "training_session.message.absent"
              : recorded[0].credited()
                  ? "training_session.message.credited"
                  : "training_session.message.creditedBefore";
      PageMessages.info(key, enrolment.getPerson().getName());
    }
    session = null;
  }

  public boolean isOrganiser() {
    return sessions.isOrganiserOf(getSession());
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
  }
}
