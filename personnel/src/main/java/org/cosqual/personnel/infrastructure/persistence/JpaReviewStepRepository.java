package org.cosqual.personnel.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.cosqual.personnel.domain.model.review.ReviewStep;
import org.cosqual.personnel.domain.model.review.ReviewStepRepository;

@ApplicationScoped
public class JpaReviewStepRepository implements ReviewStepRepository {

  @PersistenceContext private EntityManager em;

  @Override
  public List<ReviewStep> findBySubject(String subjectType, long subjectId) {
    return em.createNamedQuery("ReviewStep.findBySubject", ReviewStep.class)
        .setParameter("type", subjectType)
        .setParameter("id", subjectId)
        .getResultList();
  }

  @Override
  public ReviewStep store(ReviewStep step) {
    em.persist(step);
    return step;
  }
}
