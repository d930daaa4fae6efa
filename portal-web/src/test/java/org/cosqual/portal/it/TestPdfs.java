package org.cosqual.portal.it;

import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.canvas.parser.PdfTextExtractor;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Small PDFs to upload in tests, and the text of the PDFs the portal makes. */
public final class TestPdfs {

  private TestPdfs() {}

  /** A small one-page PDF whose text makes its content (and so its SHA-256) unique. */
  public static byte[] pdf(String text) {
    String page = "BT /F1 12 Tf 72 720 Td (" + text + ") Tj ET";
    return ("%PDF-1.4\n"
            + "1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
            + "2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n"
            + "3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>"
            + " endobj\n"
            + "4 0 obj << /Length "
            + page.length()
            + " >> stream\n"
            + page
            + "\nendstream endobj\n"
            + "trailer << /Root 1 0 R >>\n%%EOF\n")
        .getBytes(StandardCharsets.US_ASCII);
  }

  /** Such a PDF as a file under target/uploads, for a browser to upload. */
  public static Path file(String name, String text) {
    try {
      Path dir = Files.createDirectories(Path.of("target", "uploads"));
      return Files.write(dir.resolve(name), pdf(text));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The text of every page, read back as a viewer would extract it. */
  public static String text(byte[] pdfBytes) {
    try (PdfDocument pdf = new PdfDocument(new PdfReader(new ByteArrayInputStream(pdfBytes)))) {
      StringBuilder text = new StringBuilder();
      for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
        text.append(PdfTextExtractor.getTextFromPage(pdf.getPage(page))).append('\n');
      }
      return text.toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
