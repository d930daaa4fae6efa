package org.cosqual.portal.personnel;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.List;
import org.cosqual.personnel.application.Caller;
import org.cosqual.personnel.application.EnterpriseImportService;
import org.cosqual.personnel.application.EnterpriseSheet;
import org.cosqual.personnel.application.spreadsheet.Column;
import org.cosqual.personnel.application.spreadsheet.ImportReport;
import org.cosqual.personnel.application.spreadsheet.RowError;
import org.cosqual.personnel.application.spreadsheet.SheetLayout;
import org.cosqual.personnel.application.spreadsheet.Spreadsheets;
import org.cosqual.personnel.domain.model.account.Permission;
import org.cosqual.personnel.domain.shared.BusinessException;
import org.cosqual.portal.shell.PageMessages;
import org.cosqual.portal.shell.SheetLabels;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import org.primefaces.model.file.UploadedFile;

/**
 * The enterprise import: the template, the upload, and the report of the last import with its
 * refused rows (row, column, reason), which can also be downloaded as a sheet.
 */
@Named("enterpriseImport")
@ViewScoped
public class EnterpriseImportBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  /** A file of the row limit with long names is about 2 MB; anything far larger is no import. */
  static final int MAX_MEGABYTES = 20;

  private static final SheetLayout ERROR_SHEET =
      SheetLayout.of(
          "personnel_enterpriseImport.errorSheet.title",
          Column.integer("personnel_enterpriseImport.row").width(8),
          Column.text("personnel_enterpriseImport.column").width(24),
          Column.text("personnel_enterpriseImport.reason").width(80));

  @Inject transient EnterpriseImportService importer;
  @Inject transient Spreadsheets spreadsheets;
  @Inject transient Caller caller;

  private transient UploadedFile file;
  private ImportReport report;

  public boolean isAllowed() {
    return caller.has(Permission.ENTERPRISE_REGISTER);
  }

  public StreamedContent getTemplate() {
    return DefaultStreamedContent.builder()
        .name(PageMessages.text("personnel_enterpriseImport.title") + ".xlsx")
        .contentType(XLSX)
        .writer(
            out -> spreadsheets.writeTemplate(EnterpriseSheet.LAYOUT, SheetLabels.chinese(), out))
        .build();
  }

  public void upload() {
    report = null;
    if (file == null || file.getFileName() == null || file.getFileName().isBlank()) {
      PageMessages.error("personnel_enterpriseImport.noFile");
      return;
    }
    if (file.getSize() > MAX_MEGABYTES * 1024L * 1024L) {
      PageMessages.error("personnel_enterpriseImport.tooLarge", MAX_MEGABYTES);
      return;
    }
    try (InputStream in = file.getInputStream()) {
      report = importer.importEnterprises(in, SheetLabels.chinese());
      PageMessages.info(
          "personnel_enterpriseImport.message.done",
          report.created(),
          report.unchanged(),
          report.refused());
    } catch (BusinessException refusal) {
      PageMessages.error(refusal);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The refused rows as a sheet, in the page's language. */
  public StreamedContent getErrorReport() {
    List<List<?>> rows =
        report.errors().stream().<List<?>>map(e -> List.of(e.row(), column(e), reason(e))).toList();
    return DefaultStreamedContent.builder()
        .name(PageMessages.text("personnel_enterpriseImport.errorSheet.title") + ".xlsx")
        .contentType(XLSX)
        .writer(out -> spreadsheets.writeList(ERROR_SHEET, PageMessages::text, rows, out))
        .build();
  }

  public String column(RowError error) {
    return PageMessages.text(
        error.column() == null ? "personnel_enterpriseImport.wholeRow" : error.column());
  }

  public String reason(RowError error) {
    return PageMessages.explained(error.messageKey(), error.arguments().toArray());
  }

  public int getMaxRows() {
    return EnterpriseSheet.LAYOUT.maxRows();
  }

  public UploadedFile getFile() {
    return file;
  }

  public void setFile(UploadedFile file) {
    this.file = file;
  }

  public ImportReport getReport() {
    return report;
  }
}
