package org.cosqual.personnel.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.cosqual.personnel.domain.model.appointment.KeyPosition;
import org.cosqual.personnel.domain.model.appointment.KeyPositionDefinition;
import org.cosqual.personnel.domain.model.appointment.KeyPositionRepository;

@ApplicationScoped
public class JpaKeyPositionRepository implements KeyPositionRepository {

  @PersistenceContext private EntityManager em;

  @Override
  public List<KeyPositionDefinition> findAll() {
    return em.createNamedQuery("KeyPositionDefinition.findAll", KeyPositionDefinition.class)
        .getResultList();
  }

  @Override
  public Optional<KeyPositionDefinition> find(KeyPosition position) {
    return Optional.ofNullable(em.find(KeyPositionDefinition.class, position.code()));
  }

  @Override
  public boolean nameTaken(String name, KeyPosition except) {
    return !em.createQuery(
            "select k.code from KeyPositionDefinition k where k.name = :name and k.code <> :code",
            String.class)
        .setParameter("name", name.strip())
        .setParameter("code", except == null ? "" : except.code())
        .getResultList()
        .isEmpty();
  }

  @Override
  public KeyPositionDefinition store(KeyPositionDefinition definition) {
    em.persist(definition);
    em.flush();
    return definition;
  }
}
