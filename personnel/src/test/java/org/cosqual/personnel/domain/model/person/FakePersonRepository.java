package org.cosqual.personnel.domain.model.person;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.cosqual.personnel.testing.TestEntities;

/** Persons in a list; {@link #store} gives a new person the next id, as the database would. */
public class FakePersonRepository implements PersonRepository {

  private final List<Person> all = new ArrayList<>();
  private long nextId = 500;

  @Override
  public Optional<Person> find(long id) {
    return all.stream().filter(p -> p.getId() == id).findFirst();
  }

  @Override
  public Optional<Person> findByIdNumberHash(String hash) {
    return all.stream()
        .filter(p -> p.particulars().map(s -> s.getIdNumber().hash().equals(hash)).orElse(false))
        .findFirst();
  }

  @Override
  public Set<String> findArchivedHashes(Collection<String> hashes) {
    return hashes.stream()
        .filter(h -> findByIdNumberHash(h).isPresent())
        .collect(Collectors.toSet());
  }

  @Override
  public Person store(Person person) {
    if (person.getId() == null) {
      TestEntities.withId(person, nextId++);
      all.add(person);
    }
    return person;
  }

  public List<Person> all() {
    return List.copyOf(all);
  }
}
