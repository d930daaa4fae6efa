package org.cosqual.personnel.application.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import org.cosqual.personnel.testing.SampleFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What tika-core itself answers, and where the part list of an Office package decides. */
class ContentTypesTest {

  private static final String XLSX =
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
  private static final String DOCX =
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

  @TempDir Path folder;

  @Test
  void executablesAreKnownAsExecutablesWhateverTheirName() throws IOException {
    // A position-independent launcher counts as a shared library to Tika; either is an ELF file.
    assertTrue(
        Set.of("application/x-executable", "application/x-sharedlib", "application/x-elf")
            .contains(detect("任命书.pdf", SampleFiles.javaLauncher())));
    assertEquals("application/x-msdownload", detect("任命书.pdf", SampleFiles.windowsExecutable()));
  }

  @Test
  void documentsAndScans() throws IOException {
    assertEquals("application/pdf", detect("a.png", SampleFiles.pdf()));
    assertEquals("image/png", detect("a.pdf", SampleFiles.png()));
    assertEquals("image/jpeg", detect("a.pdf", SampleFiles.jpeg()));
  }

  @Test
  void anOfficePackageIsAWorkbookOrADocumentOnlyWhenItsPartListSaysSo() throws IOException {
    assertEquals(XLSX, detect("a.zip", SampleFiles.xlsx()));
    assertEquals(XLSX, detect("a.zip", SampleFiles.xlsxWithPartListLast()));
    assertEquals(DOCX, detect("a.xlsx", SampleFiles.docx()));
    assertEquals(ContentTypes.ZIP, detect("a.xlsx", SampleFiles.plainZip()));
  }

  @Test
  void aTruncatedWorkbookIsNotAWorkbook() throws IOException {
    byte[] workbook = SampleFiles.xlsx();
    byte[] half = Arrays.copyOf(workbook, workbook.length / 2);
    assertEquals(ContentTypes.OOXML_PACKAGE, detect("a.xlsx", half));
  }

  private String detect(String name, byte[] content) throws IOException {
    Path file = folder.resolve(name);
    Files.write(file, content);
    return ContentTypes.mediaType(file);
  }
}
