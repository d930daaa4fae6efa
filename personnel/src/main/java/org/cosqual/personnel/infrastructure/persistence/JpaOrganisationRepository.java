package org.cosqual.personnel.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Optional;
import org.cosqual.personnel.domain.model.organisation.Organisation;
import org.cosqual.personnel.domain.model.organisation.OrganisationKind;
import org.cosqual.personnel.domain.model.organisation.OrganisationRepository;

@ApplicationScoped
public class JpaOrganisationRepository implements OrganisationRepository {

  @PersistenceContext private EntityManager em;

  @Override
  public Optional<Organisation> find(long id) {
    return Optional.ofNullable(em.find(Organisation.class, id));
  }

  @Override
  public Optional<Organisation> findByCode(String code) {
    return em.createNamedQuery("Organisation.findByCode", Organisation.class)
        .setParameter("code", code)
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<Organisation> findInSubtree(String pathPrefix, OrganisationKind kind) {
    TypedQuery<Organisation> query =
        kind == null
            ? em.createNamedQuery("Organisation.findInSubtree", Organisation.class)
            : em.createNamedQuery("Organisation.findInSubtreeByKind", Organisation.class)
                .setParameter("kind", kind);
    return query.setParameter("pathPrefix", pathPrefix + "%").getResultList();
  }

  @Override
  public Organisation store(Organisation organisation) {
    em.persist(organisation);
    return organisation;
  }
}
