package org.cosqual.personnel.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.cosqual.personnel.domain.model.enterprise.CreditCode;
import org.cosqual.personnel.domain.model.enterprise.Enterprise;
import org.cosqual.personnel.domain.model.enterprise.EnterpriseRepository;

@ApplicationScoped
public class JpaEnterpriseRepository implements EnterpriseRepository {

  @PersistenceContext private EntityManager em;

  @Override
  public Optional<Enterprise> find(long id) {
    return Optional.ofNullable(em.find(Enterprise.class, id));
  }

  @Override
  public Optional<Enterprise> findByCreditCode(CreditCode creditCode) {
    return em.createNamedQuery("Enterprise.findByCreditCode", Enterprise.class)
        .setParameter("code", creditCode.value())
        .getResultStream()
        .findFirst();
  }

  @Override
  public Optional<Enterprise> findByOrganisation(long organisationId) {
    return em.createNamedQuery("Enterprise.findByOrganisation", Enterprise.class)
        .setParameter("organisationId", organisationId)
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<Enterprise> findInSubtree(String pathPrefix) {
    return em.createNamedQuery("Enterprise.findInSubtree", Enterprise.class)
        .setParameter("pathPrefix", pathPrefix + "%")
        .getResultList();
  }

  @Override
  public Enterprise store(Enterprise enterprise) {
    em.persist(enterprise);
    return enterprise;
  }
}
