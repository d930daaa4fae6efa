package org.cosqual.personnel.infrastructure.spreadsheet;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import java.util.function.Function;
import org.cosqual.personnel.application.spreadsheet.ListSheet;
import org.cosqual.personnel.application.spreadsheet.SheetContent;
import org.cosqual.personnel.application.spreadsheet.SheetLayout;
import org.cosqual.personnel.application.spreadsheet.Spreadsheets;

@ApplicationScoped
public class XlsxSpreadsheets implements Spreadsheets {

  @Override
  public SheetContent read(InputStream xlsx, SheetLayout layout, Function<String, String> labels) {
    return new XlsxSheetReader(layout, labels).read(xlsx);
  }

  @Override
  public void writeTemplate(SheetLayout layout, Function<String, String> labels, OutputStream out) {
    new XlsxSheetWriter(layout, labels).template(out);
  }

  @Override
  public void writeList(
      SheetLayout layout,
      Function<String, String> labels,
      Iterable<? extends List<?>> rows,
      OutputStream out) {
    writeLists(List.of(new ListSheet(layout, rows)), labels, out);
  }

  @Override
  public void writeLists(
      List<ListSheet> sheets, Function<String, String> labels, OutputStream out) {
    XlsxSheetWriter.lists(sheets, labels, out);
  }
}
