package org.cosqual.personnel.application;

import java.io.InputStream;
import java.util.function.Function;
import org.cosqual.personnel.application.spreadsheet.ImportReport;

/** Bulk registration of enterprises from a spreadsheet laid out as {@link EnterpriseSheet}. */
public interface EnterpriseImportService {

  /**
   * A regulator registers the enterprises of a file: every row is checked first (types, credit
   * code, licence, kinds, the caller's jurisdiction, the same credit code twice in the file), then
   * the valid ones are registered and audited in batches; a row whose credit code is registered
   * already is left unchanged, so importing the same file again changes nothing.
   *
   * @param labels the texts of the sheet's bundle keys the file was written with
   * @throws org.cosqual.personnel.domain.shared.BusinessException when the file as a whole is
   *     refused (see {@link org.cosqual.personnel.application.spreadsheet.Spreadsheets#read});
   *     nothing is registered then
   */
  ImportReport importEnterprises(InputStream xlsx, Function<String, String> labels);
}
