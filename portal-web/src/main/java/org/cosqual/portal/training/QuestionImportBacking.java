package org.cosqual.portal.training;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.InputStream;
import java.util.function.Function;
import org.cosqual.personnel.application.Caller;
import org.cosqual.personnel.application.spreadsheet.ImportReport;
import org.cosqual.personnel.application.spreadsheet.SheetLayout;
import org.cosqual.personnel.domain.model.account.Permission;
import org.cosqual.portal.personnel.SheetImportBacking;
import org.cosqual.portal.shell.SheetLabels;
import org.cosqual.training.application.QuestionBankService;

/** Questions from a sheet: regulator administrators import the bank. */
@Named("questionImport")
@ViewScoped
public class QuestionImportBacking extends SheetImportBacking {

  private static final long serialVersionUID = 1L;

  @Inject transient QuestionBankService bank;
  @Inject transient Caller caller;

  @Override
  public boolean isAllowed() {
    return caller.has(Permission.REGULATION_MANAGE);
  }

  @Override
  protected SheetLayout layout() {
    return bank.sheet().layout();
  }

  /** The Chinese labels, with the topics' and positions' names for their options. */
  @Override
  protected Function<String, String> labels() {
    return bank.sheet().labels(SheetLabels.chinese());
  }

  @Override
  public String getKeys() {
    return "regulation_questionImport";
  }

  @Override
  protected ImportReport importFrom(InputStream in) {
    return bank.importQuestions(in, SheetLabels.chinese());
  }
}
