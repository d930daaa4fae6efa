package org.cosqual.personnel.application;

import java.io.InputStream;
import java.util.function.Function;
import org.cosqual.personnel.application.spreadsheet.ImportReport;

/**
 * A regulator builds the archive from existing records: each row of a staff sheet is an appointment
 * of a person to a key position of an enterprise in the regulator's jurisdiction.
 */
public interface StaffImportService {

  /**
   * Checks every row against the archive rules (id number, 一证一人, single holders, bans), then
   * records the valid ones; a person already archived (by id number hash) is not created again, and
   * an appointment already archived is left unchanged, so a file imported twice changes nothing.
   *
   * @param labels the header texts by column key, as in the template
   */
  ImportReport importStaff(InputStream xlsx, Function<String, String> labels);
}
