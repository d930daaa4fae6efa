package org.cosqual.personnel.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.cosqual.personnel.domain.model.enterprise.RegistrationChange;
import org.cosqual.personnel.domain.model.enterprise.RegistrationChangeRepository;
import org.cosqual.personnel.domain.model.review.ReviewState;

@ApplicationScoped
public class JpaRegistrationChangeRepository implements RegistrationChangeRepository {

  @PersistenceContext private EntityManager em;

  @Override
  public Optional<RegistrationChange> lock(long id) {
    return Optional.ofNullable(
        em.find(RegistrationChange.class, id, LockModeType.PESSIMISTIC_WRITE));
  }

  @Override
  public List<RegistrationChange> findInSubtree(String pathPrefix, ReviewState state) {
    return em.createNamedQuery("RegistrationChange.findInSubtree", RegistrationChange.class)
        .setParameter("pathPrefix", pathPrefix + "%")
        .setParameter("state", state)
        .getResultList();
  }

  @Override
  public List<RegistrationChange> findByEnterprise(long enterpriseId) {
    return em.createNamedQuery("RegistrationChange.findByEnterprise", RegistrationChange.class)
        .setParameter("enterpriseId", enterpriseId)
        .getResultList();
  }

  @Override
  public RegistrationChange store(RegistrationChange change) {
    em.persist(change);
    em.flush();
    return change;
  }
}
