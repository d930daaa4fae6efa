package org.cosqual.personnel.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.cosqual.personnel.domain.model.jurisdiction.JurisdictionNode;
import org.cosqual.personnel.domain.model.jurisdiction.JurisdictionRepository;

@ApplicationScoped
public class JpaJurisdictionRepository implements JurisdictionRepository {

  @PersistenceContext private EntityManager em;

  @Override
  public Optional<JurisdictionNode> find(long id) {
    return Optional.ofNullable(em.find(JurisdictionNode.class, id));
  }

  @Override
  public Optional<JurisdictionNode> findByCode(String code) {
    return em.createNamedQuery("JurisdictionNode.findByCode", JurisdictionNode.class)
        .setParameter("code", code)
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<JurisdictionNode> findAll() {
    return em.createNamedQuery("JurisdictionNode.findAll", JurisdictionNode.class).getResultList();
  }

  @Override
  public List<JurisdictionNode> findUnder(String path) {
    // A path holds only digits and slashes: nothing in it is a LIKE wildcard.
    return em.createNamedQuery("JurisdictionNode.findUnder", JurisdictionNode.class)
        .setParameter("prefix", path + "%")
        .getResultList();
  }

  @Override
  public JurisdictionNode store(JurisdictionNode node) {
    em.persist(node);
    em.flush();
    node.assignPath();
    return node;
  }
}
