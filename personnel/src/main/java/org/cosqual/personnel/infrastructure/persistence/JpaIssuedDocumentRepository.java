package org.cosqual.personnel.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import org.cosqual.personnel.domain.model.document.DocumentKind;
import org.cosqual.personnel.domain.model.document.IssuedDocument;
import org.cosqual.personnel.domain.model.document.IssuedDocumentRepository;

@ApplicationScoped
public class JpaIssuedDocumentRepository implements IssuedDocumentRepository {

  @PersistenceContext private EntityManager em;

  @Override
  public Optional<IssuedDocument> findByCode(String code) {
    return em.createQuery(
            "select d from IssuedDocument d where d.code = :code", IssuedDocument.class)
        .setParameter("code", code)
        .getResultStream()
        .findFirst();
  }

  @Override
  public Optional<IssuedDocument> findLatest(DocumentKind kind, long personId, String subject) {
    return em.createQuery(
            "select d from IssuedDocument d where d.kind = :kind and d.person.id = :personId"
                + " and d.subject = :subject order by d.issuedAt desc, d.id desc",
            IssuedDocument.class)
        .setParameter("kind", kind)
        .setParameter("personId", personId)
        .setParameter("subject", subject)
        .setMaxResults(1)
        .getResultStream()
        .findFirst();
  }

  @Override
  public IssuedDocument store(IssuedDocument document) {
    em.persist(document);
    em.flush();
    return document;
  }
}
