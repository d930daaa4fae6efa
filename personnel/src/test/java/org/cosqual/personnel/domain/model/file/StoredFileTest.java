package org.cosqual.personnel.domain.model.file;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import org.cosqual.personnel.domain.shared.BusinessException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class StoredFileTest {

  private static final String SHA = "a".repeat(64);

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "任命书.pdf | 任命书.pdf",
        "C:\\Users\\王五\\Desktop\\任命书（2026）.pdf | 任命书（2026）.pdf",
        "/home/wang/scans/营业执照 副本.png | 营业执照 副本.png",
        "../../etc/passwd | passwd",
        "'  扫描件.jpg  ' | 扫描件.jpg",
        "a\u0000b\u0007c.pdf | abc.pdf",
        "gpj\u202e.exe | gpj.exe",
        "𠮷田.pdf | 𠮷田.pdf"
      })
  void keepsTheNameWithoutFoldersAndInvisibleCharacters(String submitted, String kept) {
    assertEquals(kept, StoredFile.cleanFileName(submitted));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "   ", "C:\\scans\\", "dir/..", "/", "\u202e"})
  void refusesANameThatIsNothingButFoldersOrBlanks(String submitted) {
    BusinessException refusal =
        assertThrows(BusinessException.class, () -> StoredFile.cleanFileName(submitted));
    assertEquals("error.field.required", refusal.getMessageKey());
  }

  @Test
  void refusesANameLongerThan255Characters() {
    String name = "档".repeat(252) + ".pdf";
    BusinessException refusal =
        assertThrows(BusinessException.class, () -> StoredFile.cleanFileName(name));
    assertEquals("error.field.tooLong", refusal.getMessageKey());
    assertEquals(255, StoredFile.cleanFileName("档".repeat(251) + ".pdf").length());
  }

  @Test
  void refusesAFormatTheUseDoesNotAccept() {
    BusinessException refusal =
        assertThrows(
            BusinessException.class,
            () ->
                new StoredFile(
                    SHA,
                    "a.xlsx",
                    FileFormat.XLSX,
                    10,
                    FileUse.APPOINTMENT_DOCUMENT,
                    Instant.EPOCH,
                    "system"));
    assertEquals("error.file.type", refusal.getMessageKey());
    assertEquals("PDF, JPEG, PNG", refusal.getArguments()[0]);
  }

  @Test
  void theLimitsOfEachUse() {
    assertEquals(10L * 1024 * 1024, FileUse.APPOINTMENT_DOCUMENT.maxBytes());
    assertEquals(20L * 1024 * 1024, FileUse.SPREADSHEET_IMPORT.maxBytes());
    assertEquals("XLSX", FileUse.SPREADSHEET_IMPORT.formatNames());
  }
}
