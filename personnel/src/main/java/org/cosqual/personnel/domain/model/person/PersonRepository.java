package org.cosqual.personnel.domain.model.person;

import java.util.Optional;

public interface PersonRepository {

  Optional<Person> find(long id);

  Optional<Person> findByIdNumberHash(String hash);

  Person store(Person person);
}
