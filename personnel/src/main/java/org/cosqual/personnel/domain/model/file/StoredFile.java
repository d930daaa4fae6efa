package org.cosqual.personnel.domain.model.file;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;
import java.util.regex.Pattern;
import org.cosqual.personnel.domain.shared.BusinessException;
import org.cosqual.personnel.domain.shared.Fields;

/**
 * One upload: the name it came with, the format found in its content, its size and SHA-256, what it
 * was uploaded for, and who stored it when. Two uploads of the same bytes are two rows sharing one
 * file on disk.
 */
@Entity
@Table(name = "stored_file")
public class StoredFile {

  public static final int NAME_MAX = 255;
  public static final int STORED_BY_MAX = 64;
  private static final String NAME_LABEL = "general.fileName";
  private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "sha256", nullable = false, length = 64)
  private String sha256;

  @Column(name = "file_name", nullable = false, length = NAME_MAX)
  private String fileName;

  @Column(name = "media_type", nullable = false, length = 100)
  private String mediaType;

  @Column(name = "size_bytes", nullable = false)
  private long size;

  @Enumerated(EnumType.STRING)
  @Column(name = "file_use", nullable = false, length = 32)
  private FileUse use;

  @Column(name = "stored_at", nullable = false)
  private Instant storedAt;

  @Column(name = "stored_by", nullable = false, length = STORED_BY_MAX)
  private String storedBy;

  @Version private long version;

  protected StoredFile() {}

  public StoredFile(
      String sha256,
      String fileName,
      FileFormat format,
      long size,
      FileUse use,
      Instant storedAt,
      String storedBy) {
    if (sha256 == null || !SHA256.matcher(sha256).matches()) {
      throw new IllegalArgumentException("Not a lower-case hex SHA-256: " + sha256);
    }
    if (size <= 0) {
      throw new BusinessException("error.file.empty");
    }
    if (size > use.maxBytes()) {
      throw new BusinessException("error.file.tooLarge", use.maxMegabytes());
    }
    if (!use.accepts(format)) {
      throw new BusinessException("error.file.type", use.formatNames());
    }
    this.sha256 = sha256;
    this.fileName = cleanFileName(fileName);
    this.mediaType = format.mediaType();
    this.size = size;
    this.use = use;
    this.storedAt = Objects.requireNonNull(storedAt);
    this.storedBy = Objects.requireNonNull(storedBy);
  }

  /**
   * The name to keep for a submitted file name: without any folder a browser or client sent along
   * (both / and \ separate folders), without control and invisible formatting characters (a
   * right-to-left override can disguise "gpj.exe" as "exe.jpg"), and trimmed. Chinese and other
   * characters are kept as they are.
   */
  public static String cleanFileName(String submitted) {
    if (submitted == null) {
      throw new BusinessException("error.field.required", NAME_LABEL);
    }
    String name =
        submitted.substring(Math.max(submitted.lastIndexOf('/'), submitted.lastIndexOf('\\')) + 1);
    StringBuilder kept = new StringBuilder(name.length());
    name.codePoints()
        .filter(
            c ->
                Character.getType(c) != Character.CONTROL
                    && Character.getType(c) != Character.FORMAT)
        .forEach(kept::appendCodePoint);
    String cleaned = kept.toString().strip();
    if (cleaned.equals(".") || cleaned.equals("..")) {
      cleaned = "";
    }
    return Fields.required(cleaned, NAME_LABEL, NAME_MAX);
  }

  public Long getId() {
    return id;
  }

  /** The SHA-256 of the content, 64 lower-case hex digits; also the file's name on disk. */
  public String getSha256() {
    return sha256;
  }

  public String getFileName() {
    return fileName;
  }

  /** The media type detected from the content, never taken from the name. */
  public String getMediaType() {
    return mediaType;
  }

  public long getSize() {
    return size;
  }

  public FileUse getUse() {
    return use;
  }

  public Instant getStoredAt() {
    return storedAt;
  }

  public String getStoredBy() {
    return storedBy;
  }

  public long getVersion() {
    return version;
  }
}
