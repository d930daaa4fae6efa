package org.cosqual.personnel.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.util.ArrayList;
import java.util.List;
import org.cosqual.personnel.domain.model.audit.AuditChainHead;
import org.cosqual.personnel.domain.model.audit.AuditEntry;
import org.cosqual.personnel.domain.model.audit.AuditRepository;

@ApplicationScoped
public class JpaAuditRepository implements AuditRepository {

  @PersistenceContext private EntityManager em;

  @Override
  public AuditChainHead lockHead() {
    return em.find(AuditChainHead.class, AuditChainHead.ID, LockModeType.PESSIMISTIC_WRITE);
  }

  @Override
  public AuditChainHead head() {
    return em.find(AuditChainHead.class, AuditChainHead.ID);
  }

  @Override
  public void store(AuditEntry entry) {
    em.persist(entry);
  }

  @Override
  public List<AuditEntry> findAfter(long afterSeq, int limit) {
    return em.createNamedQuery("AuditEntry.findFromSeq", AuditEntry.class)
        .setParameter("afterSeq", afterSeq)
        .setMaxResults(limit)
        .getResultList();
  }

  @Override
  public List<AuditEntry> search(AuditQuery query, int first, int pageSize) {
    CriteriaBuilder cb = em.getCriteriaBuilder();
    CriteriaQuery<AuditEntry> cq = cb.createQuery(AuditEntry.class);
    Root<AuditEntry> e = cq.from(AuditEntry.class);
    cq.where(filters(query, cb, e)).orderBy(cb.desc(e.get("seq")));
    TypedQuery<AuditEntry> typed = em.createQuery(cq);
    return typed.setFirstResult(first).setMaxResults(pageSize).getResultList();
  }

  @Override
  public long count(AuditQuery query) {
    CriteriaBuilder cb = em.getCriteriaBuilder();
    CriteriaQuery<Long> cq = cb.createQuery(Long.class);
    Root<AuditEntry> e = cq.from(AuditEntry.class);
    cq.select(cb.count(e)).where(filters(query, cb, e));
    return em.createQuery(cq).getSingleResult();
  }

  private static Predicate[] filters(AuditQuery query, CriteriaBuilder cb, Root<AuditEntry> e) {
    List<Predicate> where = new ArrayList<>();
    if (query.from() != null) {
      where.add(cb.greaterThanOrEqualTo(e.get("occurredAt"), query.from()));
    }
    if (query.to() != null) {
      where.add(cb.lessThan(e.get("occurredAt"), query.to()));
    }
    if (query.actor() != null && !query.actor().isBlank()) {
      where.add(cb.equal(e.get("actor"), query.actor().strip()));
    }
    if (query.action() != null) {
      where.add(cb.equal(e.get("action"), query.action()));
    }
    if (query.text() != null && !query.text().isBlank()) {
      String like = "%" + query.text().strip() + "%";
      where.add(cb.or(cb.like(e.get("target"), like), cb.like(e.get("detail"), like)));
    }
    return where.toArray(Predicate[]::new);
  }
}
