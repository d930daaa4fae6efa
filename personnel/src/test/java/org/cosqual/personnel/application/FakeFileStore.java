package org.cosqual.personnel.application;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.cosqual.personnel.domain.model.file.FileFormat;
import org.cosqual.personnel.domain.model.file.FileUse;
import org.cosqual.personnel.domain.model.file.StoredFile;
import org.cosqual.personnel.testing.TestEntities;

/** Stored files in a map, without bytes: for services that only check which files exist. */
public class FakeFileStore implements FileStore {

  private static final String SHA256 = "0".repeat(64);

  private final Map<Long, StoredFile> byId = new HashMap<>();

  /** A file already stored for {@code use}, under the given id. */
  public StoredFile add(long id, FileUse use, FileFormat format) {
    StoredFile file =
        TestEntities.withId(
            new StoredFile(SHA256, "file-" + id, format, 1, use, Instant.EPOCH, "test"), id);
    byId.put(id, file);
    return file;
  }

  @Override
  public StoredFile store(FileUse use, String fileName, InputStream content) {
    return add(byId.size() + 1000L, use, FileFormat.PDF);
  }

  @Override
  public Optional<StoredFile> findFile(long id) {
    return Optional.ofNullable(byId.get(id));
  }

  @Override
  public InputStream open(StoredFile file) {
    return new ByteArrayInputStream(new byte[0]);
  }
}
