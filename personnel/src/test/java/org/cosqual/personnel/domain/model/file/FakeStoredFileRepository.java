package org.cosqual.personnel.domain.model.file;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.cosqual.personnel.testing.TestEntities;

/** Stored files in a list; {@link #store} gives a new one the next id. */
public class FakeStoredFileRepository implements StoredFileRepository {

  private final List<StoredFile> all = new ArrayList<>();

  @Override
  public Optional<StoredFile> find(long id) {
    return all.stream().filter(f -> f.getId() == id).findFirst();
  }

  @Override
  public StoredFile store(StoredFile file) {
    all.add(TestEntities.withId(file, all.size() + 1L));
    return file;
  }

  public List<StoredFile> all() {
    return List.copyOf(all);
  }
}
