package org.cosqual.personnel.application.internal;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import org.apache.tika.detect.DefaultDetector;
import org.apache.tika.detect.Detector;
import org.apache.tika.metadata.Metadata;
import org.cosqual.personnel.domain.model.file.FileFormat;

/** A file's media type, found from its content (Apache Tika's magic bytes), never from its name. */
final class ContentTypes {

  static final String OOXML_PACKAGE = "application/x-tika-ooxml";
  static final String ZIP = "application/zip";
  private static final String CONTENT_TYPES_PART = "[Content_Types].xml";
  private static final String WORKBOOK_PART =
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml";
  private static final String DOCUMENT_PART =
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";
  private static final int CONTENT_TYPES_MAX = 1024 * 1024;
  private static final Detector DETECTOR = new DefaultDetector();

  private ContentTypes() {}

  /** The media type without parameters, e.g. application/pdf, application/x-elf. */
  static String mediaType(Path file) throws IOException {
    String detected;
    // No name in the metadata: Tika would otherwise let a .pdf ending count.
    try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
      detected = DETECTOR.detect(in, new Metadata()).getBaseType().toString();
    }
    // tika-core alone sees an Office Open XML file only as a package (x-tika-ooxml when the package
    // lists its parts first, plain zip when a writer puts that list later); telling a workbook from
    // a document needs Tika's parser modules. The package's own part list says which it is; the
    // spreadsheet reader still proves that the workbook can be read. A Word document likewise.
    if (detected.equals(OOXML_PACKAGE) || detected.equals(ZIP)) {
      String parts = partList(file);
      if (parts.contains(WORKBOOK_PART)) {
        return FileFormat.XLSX.mediaType();
      }
      if (parts.contains(DOCUMENT_PART)) {
        return FileFormat.DOCX.mediaType();
      }
    }
    return detected;
  }

  /** The package's [Content_Types].xml, or nothing when the file is no such package. */
  private static String partList(Path file) throws IOException {
    try (ZipFile zip = new ZipFile(file.toFile())) {
      ZipEntry partList = zip.getEntry(CONTENT_TYPES_PART);
      if (partList == null) {
        return "";
      }
      try (InputStream in = zip.getInputStream(partList)) {
        // Bounded: a part list inflating to gigabytes must not fill the memory.
        return new String(in.readNBytes(CONTENT_TYPES_MAX), StandardCharsets.UTF_8);
      }
    } catch (ZipException e) {
      return "";
    }
  }
}
