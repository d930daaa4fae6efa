package org.cosqual.training.application;

import org.cosqual.personnel.application.spreadsheet.Column;
import org.cosqual.personnel.application.spreadsheet.SheetLayout;
import org.cosqual.training.domain.model.session.Session;

/**
 * The attendance sheet of a session: one enrolled person a row, by user name, and whether present.
 */
public final class AttendanceSheet {

  public static final String USERNAME = "training_attendanceImport.username";
  public static final String NAME = "training_attendanceImport.name";
  public static final String ATTENDED = "training_attendanceImport.attended";

  /** A session holds at most {@value Session#CAPACITY_MAX} people. */
  public static final SheetLayout LAYOUT =
      SheetLayout.of(
              "training_attendanceImport.title",
              Column.text(USERNAME).asRequired().width(20),
              Column.text(NAME).width(16),
              Column.flag(ATTENDED).asRequired().width(10))
          .withMaxRows(Session.CAPACITY_MAX);

  private AttendanceSheet() {}
}
