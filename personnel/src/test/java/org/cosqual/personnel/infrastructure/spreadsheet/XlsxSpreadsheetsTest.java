package org.cosqual.personnel.infrastructure.spreadsheet;

import static org.cosqual.personnel.infrastructure.spreadsheet.Workbooks.row;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.cosqual.personnel.application.spreadsheet.Column;
import org.cosqual.personnel.application.spreadsheet.ListSheet;
import org.cosqual.personnel.application.spreadsheet.RowError;
import org.cosqual.personnel.application.spreadsheet.SheetContent;
import org.cosqual.personnel.application.spreadsheet.SheetLayout;
import org.cosqual.personnel.application.spreadsheet.SheetRow;
import org.cosqual.personnel.domain.model.enterprise.EnterpriseKind;
import org.cosqual.personnel.domain.shared.BusinessException;
import org.cosqual.personnel.infrastructure.spreadsheet.Workbooks.ErrorValue;
import org.cosqual.personnel.infrastructure.spreadsheet.Workbooks.Formula;
import org.junit.jupiter.api.Test;

class XlsxSpreadsheetsTest {

  private static final SheetLayout LAYOUT =
      SheetLayout.of(
          "t.title",
          Column.text("t.name").asRequired().width(30),
          Column.text("t.code").asRequired(),
          Column.integer("t.count"),
          Column.decimal("t.amount"),
          Column.date("t.since"),
          Column.choices("t.kinds", EnterpriseKind.values()),
          Column.flag("t.active"));

  private static final Object[] HEADER = {
    "Name", "Code", "Count", "Amount", "Since", "Kinds", "Active"
  };

  private static final Map<String, String> LABELS = new HashMap<>();

  static {
    LABELS.put("t.title", "Things");
    LABELS.put("t.other", "Other things");
    LABELS.put("t.name", "Name");
    LABELS.put("t.code", "Code");
    LABELS.put("t.count", "Count");
    LABELS.put("t.amount", "Amount");
    LABELS.put("t.since", "Since");
    LABELS.put("t.kinds", "Kinds");
    LABELS.put("t.active", "Active");
    LABELS.put("EnterpriseKind.REGISTRANT", "Registrant");
    LABELS.put("EnterpriseKind.FILER", "Filer");
    LABELS.put("EnterpriseKind.CONTRACT_MANUFACTURER", "Contract manufacturer");
    LABELS.put(Column.YES, "Yes");
    LABELS.put(Column.NO, "No");
    LABELS.put(Column.SEPARATORS, "|/");
  }

  private final XlsxSpreadsheets spreadsheets = new XlsxSpreadsheets();

  private SheetContent read(byte[] file) {
    return read(file, LAYOUT);
  }

  private SheetContent read(byte[] file, SheetLayout layout) {
    return spreadsheets.read(new ByteArrayInputStream(file), layout, LABELS::get);
  }

  private String refusal(byte[] file) {
    return refusal(file, LAYOUT);
  }

  private String refusal(byte[] file, SheetLayout layout) {
    return assertThrows(BusinessException.class, () -> read(file, layout)).getMessageKey();
  }

  private static byte[] sheet(Object[]... rows) {
    return Workbooks.xlsx(
        sheet -> {
          row(sheet, 0, HEADER);
          for (int i = 0; i < rows.length; i++) {
            row(sheet, i + 1, rows[i]);
          }
        });
  }

  private static RowError onlyError(SheetContent content) {
    assertEquals(1, content.errors().size(), content.errors().toString());
    return content.errors().get(0);
  }

  @Test
  void goodRowsAreReadInTheirColumnsTypes() {
    SheetContent content =
        read(
            sheet(
                new Object[] {
                  " Maker ", "A1", 12, 3.5, LocalDate.of(2024, 3, 1), "Filer| registrant", true
                },
                new Object[] {
                  "Other", "B2", "7", "0.25", "2024/3/9", "Contract manufacturer", "No"
                },
                new Object[] {"Third", "C3"}));
    assertTrue(content.errors().isEmpty(), content.errors().toString());
    SheetRow first = content.rows().get(0);
    assertEquals(2, first.number());
    assertEquals("Maker", first.text("t.name"));
    assertEquals(12L, first.integer("t.count"));
    assertEquals(0, new BigDecimal("3.5").compareTo(first.decimal("t.amount")));
    assertEquals(LocalDate.of(2024, 3, 1), first.date("t.since"));
    assertEquals(
        List.of("EnterpriseKind.FILER", "EnterpriseKind.REGISTRANT"), first.options("t.kinds"));
    assertEquals(
        Set.of(EnterpriseKind.FILER, EnterpriseKind.REGISTRANT),
        first.enums("t.kinds", EnterpriseKind.class));
    assertTrue(first.flag("t.active"));
    SheetRow second = content.rows().get(1);
    assertEquals(7L, second.integer("t.count"));
    assertEquals(LocalDate.of(2024, 3, 9), second.date("t.since"));
    assertEquals(false, second.flag("t.active"));
    SheetRow third = content.rows().get(2);
    assertEquals(null, third.integer("t.count"));
    assertEquals(List.of(), third.options("t.kinds"));
  }

  @Test
  void aFormulaIsRefusedNotItsStoredResultUsed() {
    SheetContent content =
        read(sheet(new Object[] {"Maker", new Formula("\"A\"&\"1\"")}, new Object[] {"Ok", "B2"}));
    assertEquals(
        new RowError(2, "t.code", "error.spreadsheet.cell.formula", List.of()), onlyError(content));
    assertEquals(List.of(3), content.rows().stream().map(SheetRow::number).toList());
  }

  @Test
  void aDateOrANumberWhereTextIsExpectedIsRefusedShowingWhatWasThere() {
    SheetContent content =
        read(
            sheet(
                new Object[] {"Maker", LocalDate.of(2024, 5, 6)},
                new Object[] {"Maker", 916401060000000001L}));
    assertEquals(
        List.of(
            new RowError(2, "t.code", "error.spreadsheet.cell.notText", List.of("2024-05-06")),
            new RowError(
                3, "t.code", "error.spreadsheet.cell.notText", List.of("916401060000000000"))),
        content.errors());
    assertTrue(content.rows().isEmpty());
  }

  @Test
  void wrongTypesInNumberDateChoiceAndFlagColumnsAreRefusedEachWithItsColumn() {
    SheetContent content =
        read(
            sheet(
                new Object[] {"A", "A", "many"},
                new Object[] {"B", "B", 2.5},
                new Object[] {"C", "C", null, "lots"},
                new Object[] {"D", "D", null, null, "2024-02-30"},
                new Object[] {"E", "E", null, null, 45000},
                new Object[] {"F", "F", null, null, null, "Filer|Importer"},
                new Object[] {"G", "G", null, null, null, null, "maybe"},
                new Object[] {"H", "H", new ErrorValue(FormulaError.NA)}));
    assertEquals(
        List.of(
            "2 t.count error.spreadsheet.cell.notInteger [many]",
            "3 t.count error.spreadsheet.cell.notInteger [2.5]",
            "4 t.amount error.spreadsheet.cell.notDecimal [lots]",
            "5 t.since error.spreadsheet.cell.notDate [2024-02-30]",
            "6 t.since error.spreadsheet.cell.notDate [45000]",
            "7 t.kinds error.spreadsheet.cell.choice [Importer, Registrant|Filer|Contract manufacturer]",
            "8 t.active error.spreadsheet.cell.flag [maybe, Yes|No]",
            "9 t.count error.spreadsheet.cell.errorValue [#N/A]"),
        content.errors().stream()
            .map(e -> e.row() + " " + e.column() + " " + e.messageKey() + " " + e.arguments())
            .toList());
  }

  @Test
  void blankRowsAreSkippedAndRowNumbersAreTheOnesTheSpreadsheetShows() {
    byte[] file =
        Workbooks.xlsx(
            sheet -> {
              row(sheet, 2, HEADER);
              row(sheet, 3, "A", "1");
              row(sheet, 4, "", " ");
              row(sheet, 7, "B", null);
            });
    SheetContent content = read(file);
    assertEquals(List.of(4), content.rows().stream().map(SheetRow::number).toList());
    assertEquals(
        new RowError(8, "t.code", "error.spreadsheet.cell.required", List.of()),
        onlyError(content));
  }

  @Test
  void headersAreFoundByTheirLabelInAnyOrderIgnoringCaseSpacesAndTheRequiredMark() {
    byte[] file =
        Workbooks.xlsx(
            sheet -> {
              row(
                  sheet, 0, "Notes", "CODE *", "Kinds", "Since", "Amount", "Count", " name",
                  "Active");
              row(sheet, 1, "ignored", "X9", null, null, null, null, "Maker");
            });
    SheetRow row = read(file).rows().get(0);
    assertEquals("X9", row.text("t.code"));
    assertEquals("Maker", row.text("t.name"));
  }

  @Test
  void aMissingOrDoubledHeaderIsRefusedNamingTheColumns() {
    BusinessException missing =
        assertThrows(
            BusinessException.class,
            () ->
                read(
                    Workbooks.xlsx(
                        s -> {
                          row(s, 0, "Name", "Count", "Amount", "Since", "Kinds");
                          row(s, 1, "A", 1);
                        })));
    assertEquals("error.spreadsheet.missingColumns", missing.getMessageKey());
    assertEquals(List.of("Code|Active"), Arrays.asList(missing.getArguments()));
    assertEquals(
        "error.spreadsheet.duplicateColumn",
        refusal(
            Workbooks.xlsx(
                s -> {
                  row(s, 0, "Name", "Code", "Count", "Amount", "Since", "Kinds", "Active", "Code");
                  row(s, 1, "A", "B");
                })));
  }

  @Test
  void filesThatAreNotWorkbooksAreRefusedClearly() throws IOException {
    assertEquals("error.spreadsheet.empty", refusal(new byte[0]));
    byte[] noise = new byte[4096];
    new Random(7).nextBytes(noise);
    assertEquals("error.spreadsheet.notXlsx", refusal(noise));
    assertEquals("error.spreadsheet.notXlsx", refusal("name,code\nA,B\n".getBytes()));
    assertEquals("error.spreadsheet.notXlsx", refusal(docx()));
    assertEquals("error.spreadsheet.notXlsx", refusal(zipWithoutWorkbook()));
    assertEquals("error.spreadsheet.notXlsx", refusal(oldExcel()));
    byte[] good = sheet(new Object[] {"A", "B"});
    assertTrue(
        Set.of("error.spreadsheet.notXlsx", "error.spreadsheet.damaged")
            .contains(refusal(Arrays.copyOf(good, good.length / 2))));
  }

  @Test
  void aSheetWithoutDataRowsIsRefused() {
    assertEquals("error.spreadsheet.noRows", refusal(Workbooks.xlsx(s -> {})));
    assertEquals("error.spreadsheet.noRows", refusal(sheet()));
    assertEquals("error.spreadsheet.noRows", refusal(sheet(new Object[] {" ", ""})));
  }

  @Test
  void theRowLimitIsAcceptedAndOneMoreRowIsRefusedWithTheLimit() {
    SheetLayout limit = LAYOUT;
    byte[] full = rows(SheetLayout.DEFAULT_MAX_ROWS);
    assertEquals(SheetLayout.DEFAULT_MAX_ROWS, read(full, limit).rows().size());
    BusinessException refused =
        assertThrows(
            BusinessException.class, () -> read(rows(SheetLayout.DEFAULT_MAX_ROWS + 1), limit));
    assertEquals("error.spreadsheet.tooManyRows", refused.getMessageKey());
    assertEquals(List.of(SheetLayout.DEFAULT_MAX_ROWS), Arrays.asList(refused.getArguments()));
  }

  @Test
  void aSheetDeclaringMoreRowsThanTheLimitIsRefusedBeforeItsRowsAreRead() {
    byte[] file =
        Workbooks.xlsx(
            sheet -> {
              row(sheet, 0, HEADER);
              row(sheet, 1, "A", "B");
              CellStyle style = sheet.getWorkbook().createCellStyle();
              sheet.createRow(50).createCell(0).setCellStyle(style);
            });
    assertEquals("error.spreadsheet.tooManyRows", refusal(file, LAYOUT.withMaxRows(10)));
  }

  @Test
  void aTemplateReadsBackAndAListExportReadsBackToTheSameValues() {
    ByteArrayOutputStream template = new ByteArrayOutputStream();
    spreadsheets.writeTemplate(LAYOUT, LABELS::get, template);
    assertEquals("error.spreadsheet.noRows", refusal(template.toByteArray()));

    ByteArrayOutputStream export = new ByteArrayOutputStream();
    spreadsheets.writeList(
        LAYOUT,
        LABELS::get,
        List.of(
            Arrays.asList(
                "Maker",
                "916401060000000001",
                3,
                new BigDecimal("2.5"),
                LocalDate.of(2025, 1, 31),
                List.of(EnterpriseKind.FILER, EnterpriseKind.REGISTRANT),
                true),
            Arrays.asList("Other", "X", null, null, null, "EnterpriseKind.FILER", false)),
        export);
    SheetContent content = read(export.toByteArray());
    assertTrue(content.errors().isEmpty(), content.errors().toString());
    SheetRow first = content.rows().get(0);
    assertEquals("916401060000000001", first.text("t.code"));
    assertEquals(3L, first.integer("t.count"));
    assertEquals(LocalDate.of(2025, 1, 31), first.date("t.since"));
    assertEquals(
        Set.of(EnterpriseKind.FILER, EnterpriseKind.REGISTRANT),
        first.enums("t.kinds", EnterpriseKind.class));
    assertTrue(first.flag("t.active"));
    assertEquals(List.of("EnterpriseKind.FILER"), content.rows().get(1).options("t.kinds"));
  }

  @Test
  void severalListsMakeOneWorkbookWithASheetEachInOrder() throws IOException {
    SheetLayout other =
        SheetLayout.of("t.other", Column.text("t.name"), Column.decimal("t.amount"));
    ByteArrayOutputStream export = new ByteArrayOutputStream();
    spreadsheets.writeLists(
        List.of(
            new ListSheet(LAYOUT, List.of(Arrays.asList("Maker", "X"))),
            new ListSheet(other, List.of(List.of("a", 1), List.of("b", new BigDecimal("66.7")))),
            new ListSheet(other, List.of())),
        LABELS::get,
        export);
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(export.toByteArray()))) {
      assertEquals(3, workbook.getNumberOfSheets());
      assertEquals("Things", workbook.getSheetName(0));
      assertEquals("Other things", workbook.getSheetName(1));
      assertEquals("Other things (2)", workbook.getSheetName(2), "names stay unique");
      Sheet second = workbook.getSheetAt(1);
      assertEquals(2, second.getLastRowNum());
      assertEquals("Amount", second.getRow(0).getCell(1).getStringCellValue());
      assertEquals(66.7, second.getRow(2).getCell(1).getNumericCellValue());
      assertEquals(0, workbook.getSheetAt(2).getLastRowNum(), "the header alone");
    }
    assertThrows(
        IllegalArgumentException.class,
        () -> spreadsheets.writeLists(List.of(), LABELS::get, new ByteArrayOutputStream()));
  }

  private static byte[] rows(int count) {
    return Workbooks.streamed(
        sheet -> {
          row(sheet, 0, HEADER);
          for (int i = 1; i <= count; i++) {
            row(sheet, i, "Name " + i, "C" + i);
          }
        });
  }

  private static byte[] docx() throws IOException {
    try (XWPFDocument document = new XWPFDocument();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      document.createParagraph().createRun().setText("Not a workbook");
      document.write(out);
      return out.toByteArray();
    }
  }

  private static byte[] zipWithoutWorkbook() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      zip.putNextEntry(new ZipEntry("readme.txt"));
      zip.write("just a zip".getBytes());
      zip.closeEntry();
    }
    return out.toByteArray();
  }

  private static byte[] oldExcel() throws IOException {
    try (HSSFWorkbook workbook = new HSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Sheet sheet = workbook.createSheet();
      row(sheet, 0, HEADER);
      row(sheet, 1, "A", "B");
      workbook.write(out);
      return out.toByteArray();
    }
  }
}
