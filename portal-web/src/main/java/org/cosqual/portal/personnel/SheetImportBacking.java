package org.cosqual.portal.personnel;

import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.Function;
import org.cosqual.personnel.application.spreadsheet.Column;
import org.cosqual.personnel.application.spreadsheet.ImportReport;
import org.cosqual.personnel.application.spreadsheet.RowError;
import org.cosqual.personnel.application.spreadsheet.SheetLayout;
import org.cosqual.personnel.application.spreadsheet.Spreadsheets;
import org.cosqual.personnel.domain.shared.BusinessException;
import org.cosqual.portal.shell.FileDownload;
import org.cosqual.portal.shell.PageMessages;
import org.cosqual.portal.shell.SheetLabels;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import org.primefaces.model.file.UploadedFile;

/**
 * What the import pages share: the template, the upload, and the report of the last import with its
 * refused rows (row, column, reason), which can also be downloaded as a sheet. Each page says which
 * sheet it reads and which service imports it.
 */
public abstract class SheetImportBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  /** A file of the row limit with long names is about 2 MB; anything far larger is no import. */
  static final int MAX_MEGABYTES = 20;

  private static final SheetLayout ERROR_SHEET =
      SheetLayout.of(
          "personnel_enterpriseImport.errorSheet.title",
          Column.integer("personnel_enterpriseImport.row").width(8),
          Column.text("personnel_enterpriseImport.column").width(24),
          Column.text("personnel_enterpriseImport.reason").width(80));

  @Inject transient Spreadsheets spreadsheets;

  private transient UploadedFile file;
  private ImportReport report;

  /** Whether the signed-in user may import this sheet (the service checks it again). */
  public abstract boolean isAllowed();

  /** The sheet's columns, for the template and the row limit. */
  protected abstract SheetLayout layout();

  /**
   * The prefix of the page's own bundle keys: {@code .title} (which also names the template),
   * {@code .rules}, {@code .created}, {@code .unchanged} and {@code .message.done}.
   */
  public abstract String getKeys();

  /** Imports an uploaded sheet whose headers are the Chinese labels of the template. */
  protected abstract ImportReport importFrom(InputStream in);

  /** The template's labels: the Chinese bundle's, whatever language the page is in. */
  protected Function<String, String> labels() {
    return SheetLabels.chinese();
  }

  public StreamedContent getTemplate() {
    return DefaultStreamedContent.builder()
        .name(PageMessages.text(getKeys() + ".title") + ".xlsx")
        .contentType(FileDownload.XLSX)
        .writer(out -> spreadsheets.writeTemplate(layout(), labels(), out))
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
      report = importFrom(in);
      PageMessages.info(
          getKeys() + ".message.done", report.created(), report.unchanged(), report.refused());
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
        .contentType(FileDownload.XLSX)
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
    return layout().maxRows();
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
