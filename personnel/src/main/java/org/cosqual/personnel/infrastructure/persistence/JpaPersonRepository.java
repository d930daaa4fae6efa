package org.cosqual.personnel.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import org.cosqual.personnel.domain.model.person.Person;
import org.cosqual.personnel.domain.model.person.PersonRepository;

@ApplicationScoped
public class JpaPersonRepository implements PersonRepository {

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
  public Person store(Person person) {
    em.persist(person);
    em.flush();
    return person;
  }
}
