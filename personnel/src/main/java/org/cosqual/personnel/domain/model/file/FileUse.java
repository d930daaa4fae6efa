package org.cosqual.personnel.domain.model.file;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** What a file is uploaded for, which fixes its size limit and the formats accepted. */
public enum FileUse {
  /** The appointment document of a key-position appointment: a scan or a PDF. */
  APPOINTMENT_DOCUMENT(10, EnumSet.of(FileFormat.PDF, FileFormat.JPEG, FileFormat.PNG)),
  /** The certificate or other evidence of a training reported for hours: a scan or a PDF. */
  TRAINING_EVIDENCE(10, EnumSet.of(FileFormat.PDF, FileFormat.JPEG, FileFormat.PNG)),
  /** A course's reading: a PDF learners open online. */
  COURSE_MATERIAL(20, EnumSet.of(FileFormat.PDF)),
  /** An attachment of a case, handbook or other content; its images may show in the text. */
  CONTENT_ATTACHMENT(
      20,
      EnumSet.of(
          FileFormat.PDF, FileFormat.JPEG, FileFormat.PNG, FileFormat.DOCX, FileFormat.XLSX)),
  /** A workbook for a bulk import; the spreadsheet reader then checks every sheet and row. */
  SPREADSHEET_IMPORT(20, EnumSet.of(FileFormat.XLSX));

  private static final long MEGABYTE = 1024L * 1024L;

  private final int maxMegabytes;
  private final Set<FileFormat> formats;

  FileUse(int maxMegabytes, Set<FileFormat> formats) {
    this.maxMegabytes = maxMegabytes;
    this.formats = formats;
  }

  public int maxMegabytes() {
    return maxMegabytes;
  }

  public long maxBytes() {
    return maxMegabytes * MEGABYTE;
  }

  public Set<FileFormat> formats() {
    return EnumSet.copyOf(formats);
  }

  public boolean accepts(FileFormat format) {
    return formats.contains(format);
  }

  /** The accepted formats for a message, e.g. "PDF, JPEG, PNG". */
  public String formatNames() {
    return formats.stream().map(Enum::name).collect(Collectors.joining(", "));
  }
}
