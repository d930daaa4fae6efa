package org.cosqual.personnel.domain.model.file;

import java.util.Arrays;
import java.util.Optional;

/** The file formats the portal accepts, each known by the media type detected from its content. */
public enum FileFormat {
  PDF("application/pdf"),
  JPEG("image/jpeg"),
  PNG("image/png"),
  XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
  DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document");

  private final String mediaType;

  FileFormat(String mediaType) {
    this.mediaType = mediaType;
  }

  public String mediaType() {
    return mediaType;
  }

  public boolean isImage() {
    return this == JPEG || this == PNG;
  }

  public static Optional<FileFormat> ofMediaType(String mediaType) {
    return Arrays.stream(values()).filter(f -> f.mediaType.equals(mediaType)).findFirst();
  }
}
