package org.cosqual.personnel.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Optional;
import org.cosqual.personnel.domain.model.filing.Filing;
import org.cosqual.personnel.domain.model.filing.FilingQuery;
import org.cosqual.personnel.domain.model.filing.FilingRepository;
import org.cosqual.personnel.domain.model.review.ReviewState;

@ApplicationScoped
public class JpaFilingRepository implements FilingRepository {

  @PersistenceContext private EntityManager em;

  @Override
  public Optional<Filing> find(long id) {
    return Optional.ofNullable(em.find(Filing.class, id));
  }

  @Override
  public Optional<Filing> lock(long id) {
    return Optional.ofNullable(em.find(Filing.class, id, LockModeType.PESSIMISTIC_WRITE));
  }

  @Override
  public List<Filing> findInSubtree(String pathPrefix, ReviewState state) {
    return em.createNamedQuery("Filing.findInSubtree", Filing.class)
        .setParameter("pathPrefix", pathPrefix + "%")
        .setParameter("state", state)
        .getResultList();
  }

  @Override
  public long countInSubtree(String pathPrefix, ReviewState state) {
    return em.createNamedQuery("Filing.countInSubtree", Long.class)
        .setParameter("pathPrefix", pathPrefix + "%")
        .setParameter("state", state)
        .getSingleResult();
  }

  @Override
  public List<Filing> findQueue(String pathPrefix, FilingQuery query, int first, int max) {
    return queue(em.createNamedQuery("Filing.findQueue", Filing.class), pathPrefix, query)
        .setFirstResult(first)
        .setMaxResults(max)
        .getResultList();
  }

  @Override
  public long countQueue(String pathPrefix, FilingQuery query) {
    return queue(em.createNamedQuery("Filing.countQueue", Long.class), pathPrefix, query)
        .getSingleResult();
  }

  private static <T> TypedQuery<T> queue(
      TypedQuery<T> named, String pathPrefix, FilingQuery query) {
    return named
        .setParameter("pathPrefix", pathPrefix + "%")
        .setParameter("state", ReviewState.PENDING)
        .setParameter("name", query.namePattern())
        .setParameter("kind", query.kind())
        // A converted attribute's parameter is converted where compared, not in "is null".
        .setParameter("positionCode", query.position() == null ? null : query.position().code())
        .setParameter("position", query.position());
  }

  @Override
  public List<Filing> findByEnterprise(long enterpriseId) {
    return em.createNamedQuery("Filing.findByEnterprise", Filing.class)
        .setParameter("enterpriseId", enterpriseId)
        .getResultList();
  }

  @Override
  public List<Filing> findByPerson(long personId, String idNumberHash) {
    return em.createNamedQuery("Filing.findByPerson", Filing.class)
        .setParameter("personId", personId)
        .setParameter("hash", idNumberHash)
        .getResultList();
  }

  @Override
  public List<Filing> findOpenForCandidate(String idNumberHash) {
    return em.createNamedQuery("Filing.findPendingForCandidate", Filing.class)
        .setParameter("hash", idNumberHash)
        .setParameter("approved", ReviewState.APPROVED)
        .getResultList();
  }

  @Override
  public Filing store(Filing filing) {
    em.persist(filing);
    em.flush();
    return filing;
  }
}
