package org.cosqual.personnel.testing;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;

/** Real small files of each kind an upload may be: documents, scans, workbooks, executables. */
public final class SampleFiles {

  private static final String PART_LIST = "[Content_Types].xml";
  private static final String WORKBOOK_TYPE =
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml";
  private static final String DOCUMENT_TYPE =
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";

  private SampleFiles() {}

  /** A one-page PDF (a test resource written by hand, with a correct cross-reference table). */
  public static byte[] pdf() {
    try (InputStream in =
        SampleFiles.class.getResourceAsStream(
            "/org/cosqual/personnel/application/internal/appointment.pdf")) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static byte[] png() {
    return image("png");
  }

  public static byte[] jpeg() {
    return image("jpg");
  }

  /** The JDK's own launcher: a real executable (ELF on Linux). */
  public static byte[] javaLauncher() {
    try {
      return Files.readAllBytes(Path.of(System.getProperty("java.home"), "bin", "java"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The headers of a Windows executable: DOS stub "MZ" pointing at a "PE" signature. */
  public static byte[] windowsExecutable() {
    ByteBuffer exe = ByteBuffer.allocate(512).order(ByteOrder.LITTLE_ENDIAN);
    exe.put((byte) 'M').put((byte) 'Z');
    exe.putInt(0x3c, 0x80);
    exe.position(0x80);
    exe.put((byte) 'P').put((byte) 'E').put((byte) 0).put((byte) 0);
    exe.putShort((short) 0x14c);
    return exe.array();
  }

  /** A minimal workbook with one empty sheet, its part list written first (as Excel does). */
  public static byte[] xlsx() {
    return workbook(true);
  }

  /** The same workbook with its part list written last, as some other writers do. */
  public static byte[] xlsxWithPartListLast() {
    return workbook(false);
  }

  /** A minimal Word document: an Office Open XML package, but not a workbook. */
  public static byte[] docx() {
    Map<String, String> parts = new LinkedHashMap<>();
    parts.put(PART_LIST, partList("/word/document.xml", DOCUMENT_TYPE));
    parts.put("_rels/.rels", relationships("word/document.xml"));
    parts.put(
        "word/document.xml",
        "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
            + "<w:body/></w:document>");
    return zip(parts);
  }

  public static byte[] plainZip() {
    return zip(Map.of("notes.txt", "任命书见附件"));
  }

  private static byte[] workbook(boolean partListFirst) {
    Map<String, String> parts = new LinkedHashMap<>();
    String partList = partList("/xl/workbook.xml", WORKBOOK_TYPE);
    if (partListFirst) {
      parts.put(PART_LIST, partList);
    }
    parts.put("_rels/.rels", relationships("xl/workbook.xml"));
    parts.put(
        "xl/workbook.xml",
        "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\""
            + " xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
            + "<sheets><sheet name=\"Sheet1\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
    parts.put(
        "xl/_rels/workbook.xml.rels",
        "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
            + "<Relationship Id=\"rId1\" Target=\"worksheets/sheet1.xml\" Type=\"http://schemas"
            + ".openxmlformats.org/officeDocument/2006/relationships/worksheet\"/></Relationships>");
    parts.put(
        "xl/worksheets/sheet1.xml",
        "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
            + "<sheetData/></worksheet>");
    if (!partListFirst) {
      parts.put(PART_LIST, partList);
    }
    return zip(parts);
  }

  private static String partList(String mainPart, String mainType) {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
        + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
        + "<Default Extension=\"rels\""
        + " ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
        + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
        + "<Override PartName=\""
        + mainPart
        + "\" ContentType=\""
        + mainType
        + "\"/></Types>";
  }

  private static String relationships(String mainPart) {
    return "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        + "<Relationship Id=\"rId1\" Target=\""
        + mainPart
        + "\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
        + "officeDocument\"/></Relationships>";
  }

  private static byte[] zip(Map<String, String> parts) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      for (Map.Entry<String, String> part : parts.entrySet()) {
        zip.putNextEntry(new ZipEntry(part.getKey()));
        zip.write(part.getValue().getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  private static byte[] image(String format) {
    BufferedImage image = new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, 40, 30);
    g.setColor(Color.RED);
    g.fillOval(5, 5, 20, 20);
    g.dispose();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try {
      if (!ImageIO.write(image, format, bytes)) {
        throw new IllegalStateException("No ImageIO writer for " + format);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }
}
