package org.cosqual.personnel.domain.model.person;

import java.util.Collection;
import java.util.Optional;
import java.util.Set;

public interface PersonRepository {

  Optional<Person> find(long id);

  Optional<Person> findByIdNumberHash(String hash);

  /** Which of these id-number hashes the archive holds already. */
  Set<String> findArchivedHashes(Collection<String> hashes);

  Person store(Person person);
}
