package org.cosqual.personnel.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.cosqual.personnel.domain.model.person.Person;
import org.cosqual.personnel.domain.model.person.PersonRepository;

@ApplicationScoped
public class JpaPersonRepository implements PersonRepository {

  /** Hashes per query: an IN list of this size stays well inside MariaDB's packet limit. */
  private static final int CHUNK = 1000;

  @PersistenceContext private EntityManager em;

  @Override
  public Optional<Person> find(long id) {
    return Optional.ofNullable(em.find(Person.class, id));
  }

  @Override
  public Optional<Person> findByIdNumberHash(String hash) {
    return em.createNamedQuery("Person.findByIdNumberHash", Person.class)
        .setParameter("hash", hash)
        .getResultStream()
        .findFirst();
  }

  @Override
  public Set<String> findArchivedHashes(Collection<String> hashes) {
    List<String> all = List.copyOf(hashes);
    Set<String> archived = new HashSet<>();
    for (int from = 0; from < all.size(); from += CHUNK) {
      archived.addAll(
          em.createNamedQuery("Person.findArchivedHashes", String.class)
              .setParameter("hashes", all.subList(from, Math.min(all.size(), from + CHUNK)))
              .getResultList());
    }
    return archived;
  }

  @Override
  public Person store(Person person) {
    em.persist(person);
    em.flush();
    return person;
  }
}
