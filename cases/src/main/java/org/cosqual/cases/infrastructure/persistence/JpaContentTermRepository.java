package org.cosqual.cases.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.cosqual.cases.domain.model.term.ContentTerm;
import org.cosqual.cases.domain.model.term.ContentTermRepository;
import org.cosqual.cases.domain.model.term.TermKind;

@ApplicationScoped
public class JpaContentTermRepository implements ContentTermRepository {

  @PersistenceContext private EntityManager em;

  @Override
  public List<ContentTerm> findByKind(TermKind kind) {
    return em.createNamedQuery("ContentTerm.findByKind", ContentTerm.class)
        .setParameter("kind", kind)
        .getResultList();
  }
}
