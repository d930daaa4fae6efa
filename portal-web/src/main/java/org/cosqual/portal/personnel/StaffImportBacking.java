package org.cosqual.portal.personnel;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.InputStream;
import java.util.function.Function;
import org.cosqual.personnel.application.Caller;
import org.cosqual.personnel.application.KeyPositionService;
import org.cosqual.personnel.application.StaffImportService;
import org.cosqual.personnel.application.StaffSheet;
import org.cosqual.personnel.application.spreadsheet.ImportReport;
import org.cosqual.personnel.application.spreadsheet.SheetLayout;
import org.cosqual.personnel.domain.model.account.Permission;
import org.cosqual.portal.shell.SheetLabels;

/** The staff import: regulators record many key-staff appointments from one sheet. */
@Named("staffImport")
@ViewScoped
public class StaffImportBacking extends SheetImportBacking {

  private static final long serialVersionUID = 1L;

  @Inject transient StaffImportService importer;
  @Inject transient KeyPositionService keyPositions;
  @Inject transient Caller caller;

  @Override
  public boolean isAllowed() {
    return caller.has(Permission.FILING_REVIEW);
  }

  @Override
  protected SheetLayout layout() {
    return sheet().layout();
  }

  @Override
  protected Function<String, String> labels() {
    return sheet().labels(SheetLabels.chinese());
  }

  private StaffSheet sheet() {
    return new StaffSheet(keyPositions.findAll());
  }

  @Override
  public String getKeys() {
    return "personnel_staffImport";
  }

  @Override
  protected ImportReport importFrom(InputStream in) {
    return importer.importStaff(in, SheetLabels.chinese());
  }
}
