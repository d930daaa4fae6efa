package org.cosqual.portal.it;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Function;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.cosqual.personnel.application.EnterpriseSheet;
import org.cosqual.personnel.application.StaffSheet;
import org.cosqual.personnel.application.spreadsheet.Column;
import org.cosqual.personnel.application.spreadsheet.SheetLayout;
import org.cosqual.personnel.domain.model.appointment.KeyPosition;
import org.cosqual.personnel.domain.model.appointment.KeyPositionDefinition;
import org.cosqual.personnel.domain.model.enterprise.CreditCode;
import org.cosqual.personnel.domain.model.enterprise.EnterpriseKind;
import org.cosqual.personnel.domain.model.person.Degree;
import org.cosqual.personnel.domain.model.person.ExperienceArea;
import org.cosqual.personnel.domain.model.person.IdType;
import org.cosqual.personnel.domain.model.person.Industry;
import org.cosqual.personnel.domain.model.person.MajorField;
import org.cosqual.portal.shell.SheetLabels;

/**
 * Enterprise files as a regulator fills in the template: the Chinese headers, one enterprise per
 * row, and valid credit codes made up by series so that tests never collide.
 */
public final class EnterpriseFiles {

  /** The credit code alphabet (GB 32100-2015): digits and capitals without I, O, S, V, Z. */
  private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

  private static final int[] ID_WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};

  public static final Function<String, String> LABELS = SheetLabels.chinese();

  private EnterpriseFiles() {}

  /**
   * A valid credit code of an enterprise registered in 金凤区 (640106); {@code series} is two code
   * characters, {@code n} below ten million.
   */
  public static String creditCode(String series, int n) {
    String body = "91640106" + series + String.format("%07d", n);
    for (char check : ALPHABET.toCharArray()) {
      String code = body + check;
      try {
        return CreditCode.of(code).value();
      } catch (RuntimeException wrongCheck) {
        // try the next check character
      }
    }
    throw new IllegalStateException("No check character for " + body);
  }

  /** A valid resident id number of 金凤区, distinct for each n: birth day and sequence from n. */
  public static String residentId(int n) {
    LocalDate born = LocalDate.of(1970, 1, 1).plusDays(n / 500);
    String body =
        "640106" + born.format(DateTimeFormatter.BASIC_ISO_DATE) + String.format("%03d", n % 500);
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      sum += (body.charAt(i) - '0') * ID_WEIGHTS[i];
    }
    return body + "10X98765432".charAt(sum % 11);
  }

  /** The same code with a wrong check character. */
  public static String withWrongCheck(String code) {
    char check = code.charAt(code.length() - 1);
    return code.substring(0, code.length() - 1) + (check == '0' ? '1' : '0');
  }

  /** A filer without its own plant (no licence needed) in the given jurisdiction. */
  public static Object[] filer(String name, String creditCode, String jurisdiction) {
    return new Object[] {
      name,
      creditCode,
      null,
      LABELS.apply(Column.optionKey(EnterpriseKind.FILER)),
      LABELS.apply(Column.NO),
      jurisdiction,
      null
    };
  }

  /**
   * The staff sheet's header, as a fresh database names the positions (only the header is written,
   * so one position is enough).
   */
  public static final SheetLayout STAFF_LAYOUT =
      new StaffSheet(
              List.of(
                  KeyPositionDefinition.builtIn(
                      KeyPosition.QUALITY_SAFETY_OFFICER, "质量安全负责人", true, 20)))
          .layout();

  /** The template's text of an option (a key position, an id type, a degree …). */
  public static String label(Enum<?> value) {
    return LABELS.apply(Column.optionKey(value));
  }

  /**
   * A row of the staff sheet, the position as typed (its name): a bachelor of applied chemistry
   * with quality management in cosmetics since 2008, appointed on 2026-09-01.
   */
  public static Object[] staffRow(
      String creditCode, String position, String name, String idNumber) {
    return new Object[] {
      creditCode,
      position,
      "2026-09-01",
      name,
      label(IdType.RESIDENT_ID_CARD),
      idNumber,
      null,
      label(Degree.BACHELOR),
      "应用化学",
      label(MajorField.CHEMISTRY),
      null,
      2005,
      null,
      "宁夏塞上本草化妆品有限公司",
      "2008-07-01",
      null,
      label(Industry.COSMETICS),
      label(ExperienceArea.QUALITY_MANAGEMENT)
    };
  }

  /** A file with the enterprise template's header and these rows, each a value per column. */
  public static byte[] sheet(List<Object[]> rows) {
    return sheet(EnterpriseSheet.LAYOUT, rows);
  }

  /** A file with a template's header and these rows, each a value per column. */
  public static byte[] sheet(SheetLayout layout, List<Object[]> rows) {
    SXSSFWorkbook workbook = new SXSSFWorkbook(100);
    try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Sheet sheet = workbook.createSheet();
      List<Column> columns = layout.columns();
      Row header = sheet.createRow(0);
      for (int i = 0; i < columns.size(); i++) {
        header.createCell(i).setCellValue(LABELS.apply(columns.get(i).key()));
      }
      for (int r = 0; r < rows.size(); r++) {
        Row row = sheet.createRow(r + 1);
        Object[] values = rows.get(r);
        for (int i = 0; i < values.length; i++) {
          if (values[i] != null) {
            set(row.createCell(i), values[i]);
          }
        }
      }
      workbook.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      workbook.dispose();
    }
  }

  private static void set(Cell cell, Object value) {
    if (value instanceof Number number) {
      cell.setCellValue(number.doubleValue());
    } else if (value instanceof Formula formula) {
      cell.setCellFormula(formula.expression());
    } else {
      cell.setCellValue(String.valueOf(value));
    }
  }

  /** A cell holding a formula instead of a value. */
  public record Formula(String expression) {}
}
