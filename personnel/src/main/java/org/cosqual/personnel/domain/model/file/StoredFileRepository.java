package org.cosqual.personnel.domain.model.file;

import java.util.Optional;

public interface StoredFileRepository {

  Optional<StoredFile> find(long id);

  StoredFile store(StoredFile file);
}
