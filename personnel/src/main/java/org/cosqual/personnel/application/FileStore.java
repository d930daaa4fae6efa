package org.cosqual.personnel.application;

import java.io.InputStream;
import java.util.Optional;
import org.cosqual.personnel.domain.model.file.FileUse;
import org.cosqual.personnel.domain.model.file.StoredFile;

/**
 * Keeps uploaded files: checks size and type (by content) for their use, records name, type, size
 * and SHA-256, and stores the bytes once per content. It checks no permission and no scope: the
 * service that owns the file (an appointment, an import) does, before storing it and before handing
 * it out.
 */
public interface FileStore {

  /**
   * Reads {@code content} to its end (without closing it) and stores it for {@code use}, in the
   * caller's transaction. Refused: an empty file, one larger than the use allows (as soon as the
   * limit is passed), one whose content is not of an accepted format, whatever its name says.
   *
   * @param fileName the name the file was uploaded with; any folder part is dropped
   */
  StoredFile store(FileUse use, String fileName, InputStream content);

  Optional<StoredFile> findFile(long id);

  /** The stored bytes, for the caller to close. */
  InputStream open(StoredFile file);
}
