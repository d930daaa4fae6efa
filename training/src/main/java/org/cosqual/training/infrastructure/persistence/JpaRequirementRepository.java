package org.cosqual.training.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.cosqual.training.domain.model.requirement.RequirementRepository;
import org.cosqual.training.domain.model.requirement.TrainingCategory;
import org.cosqual.training.domain.model.requirement.TrainingRequirement;

@ApplicationScoped
public class JpaRequirementRepository implements RequirementRepository {

  @PersistenceContext private EntityManager em;

  @Override
  public Optional<TrainingRequirement> find(int year) {
    return Optional.ofNullable(em.find(TrainingRequirement.class, year));
  }

  @Override
  public TrainingRequirement inForce(int year) {
    return em.createNamedQuery("TrainingRequirement.findLatestUpTo", TrainingRequirement.class)
        .setParameter("year", year)
        .setMaxResults(1)
        .getResultStream()
        .findFirst()
        .orElseGet(
            () ->
                em.createNamedQuery("TrainingRequirement.findEarliest", TrainingRequirement.class)
                    .setMaxResults(1)
                    .getSingleResult());
  }

  @Override
  public TrainingRequirement store(TrainingRequirement requirement) {
    em.persist(requirement);
    em.flush();
    return requirement;
  }

  @Override
  public List<TrainingCategory> findCategories() {
    return em.createNamedQuery("TrainingCategory.findAll", TrainingCategory.class).getResultList();
  }

  @Override
  public Optional<TrainingCategory> findCategory(String code) {
    return Optional.ofNullable(em.find(TrainingCategory.class, code));
  }
}
