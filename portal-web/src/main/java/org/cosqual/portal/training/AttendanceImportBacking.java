package org.cosqual.portal.training;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.InputStream;
import org.cosqual.personnel.application.spreadsheet.ImportReport;
import org.cosqual.personnel.application.spreadsheet.SheetLayout;
import org.cosqual.portal.personnel.SheetImportBacking;
import org.cosqual.portal.shell.PageActions;
import org.cosqual.portal.shell.SheetLabels;
import org.cosqual.training.application.AttendanceSheet;
import org.cosqual.training.application.SessionService;
import org.cosqual.training.domain.model.session.Session;

/** A session's attendance from a sheet: the organiser's administrators import the sign-in list. */
@Named("attendanceImport")
@ViewScoped
public class AttendanceImportBacking extends SheetImportBacking {

  private static final long serialVersionUID = 1L;

  @Inject transient SessionService sessions;

  private String id;
  private long sessionId;
  private transient Session session;

  public void load() {
    if (sessionId == 0) {
      PageActions.loadOrNotFound(sessions::getSession, id)
          .ifPresent(
              found -> {
                session = found;
                sessionId = found.getId();
              });
    }
  }

  public Session getSession() {
    if (session == null) {
      session = sessions.getSession(sessionId);
    }
    return session;
  }

  @Override
  public boolean isAllowed() {
    return sessions.isOrganiserOf(getSession());
  }

  @Override
  protected SheetLayout layout() {
    return AttendanceSheet.LAYOUT;
  }

  @Override
  public String getKeys() {
    return "training_attendanceImport";
  }

  @Override
  protected ImportReport importFrom(InputStream in) {
    return sessions.importAttendance(sessionId, in, SheetLabels.chinese());
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }
}
