package org.cosqual.personnel.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import org.cosqual.personnel.domain.model.file.StoredFile;
import org.cosqual.personnel.domain.model.file.StoredFileRepository;

@ApplicationScoped
public class JpaStoredFileRepository implements StoredFileRepository {

  @PersistenceContext private EntityManager em;

  @Override
  public Optional<StoredFile> find(long id) {
    return Optional.ofNullable(em.find(StoredFile.class, id));
  }

  @Override
  public StoredFile store(StoredFile file) {
    em.persist(file);
    return file;
  }
}
