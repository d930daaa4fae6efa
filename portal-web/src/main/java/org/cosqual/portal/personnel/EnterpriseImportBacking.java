package org.cosqual.portal.personnel;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.InputStream;
import org.cosqual.personnel.application.Caller;
import org.cosqual.personnel.application.EnterpriseImportService;
import org.cosqual.personnel.application.EnterpriseSheet;
import org.cosqual.personnel.application.spreadsheet.ImportReport;
import org.cosqual.personnel.application.spreadsheet.SheetLayout;
import org.cosqual.personnel.domain.model.account.Permission;
import org.cosqual.portal.shell.SheetLabels;

/** The enterprise import: regulators register many enterprises from one sheet. */
@Named("enterpriseImport")
@ViewScoped
public class EnterpriseImportBacking extends SheetImportBacking {

  private static final long serialVersionUID = 1L;

  @Inject transient EnterpriseImportService importer;
  @Inject transient Caller caller;

  @Override
  public boolean isAllowed() {
    return caller.has(Permission.ENTERPRISE_REGISTER);
  }

  @Override
  protected SheetLayout layout() {
    return EnterpriseSheet.LAYOUT;
  }

  @Override
  public String getKeys() {
    return "personnel_enterpriseImport";
  }

  @Override
  protected ImportReport importFrom(InputStream in) {
    return importer.importEnterprises(in, SheetLabels.chinese());
  }
}
