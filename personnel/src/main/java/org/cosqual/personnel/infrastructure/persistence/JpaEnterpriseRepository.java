package org.cosqual.personnel.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.Order;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.cosqual.personnel.domain.model.enterprise.CreditCode;
import org.cosqual.personnel.domain.model.enterprise.Enterprise;
import org.cosqual.personnel.domain.model.enterprise.EnterpriseKind;
import org.cosqual.personnel.domain.model.enterprise.EnterpriseQuery;
import org.cosqual.personnel.domain.model.enterprise.EnterpriseRepository;
import org.cosqual.personnel.domain.model.enterprise.EnterpriseScope;
import org.cosqual.personnel.domain.model.jurisdiction.JurisdictionNode;
import org.cosqual.personnel.domain.model.organisation.Organisation;

/**
 * Enterprises through JPA. The list is read in two steps: the ids of one page (filters, scope and
 * order in one Criteria query, every value a parameter), then those enterprises with organisation
 * and jurisdiction joined and their kinds batch-loaded, so a page costs three queries.
 */
@ApplicationScoped
public class JpaEnterpriseRepository implements EnterpriseRepository {

  /** Escapes LIKE wildcards; not the backslash, which MariaDB also treats as a string escape. */
  private static final char ESCAPE = '!';

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
  public List<Enterprise> search(
      EnterpriseQuery query, EnterpriseScope scope, int first, int pageSize) {
    return byIds(ids(query, scope, null, first, pageSize));
  }

  @Override
  public long count(EnterpriseQuery query, EnterpriseScope scope) {
    CriteriaBuilder cb = em.getCriteriaBuilder();
    CriteriaQuery<Long> cq = cb.createQuery(Long.class);
    Root<Enterprise> e = cq.from(Enterprise.class);
    cq.select(cb.count(e)).where(new Filter(cb, e).where(query, scope, null));
    return em.createQuery(cq).getSingleResult();
  }

  @Override
  public Optional<Enterprise> findVisible(long id, EnterpriseScope scope) {
    return byIds(ids(EnterpriseQuery.all(), scope, id, 0, 1)).stream().findFirst();
  }

  @Override
  public Optional<Enterprise> lockForChange(long id, EnterpriseScope scope) {
    if (ids(EnterpriseQuery.all(), scope, id, 0, 1).isEmpty()) {
      return Optional.empty();
    }
    return Optional.ofNullable(
        em.find(Enterprise.class, id, LockModeType.PESSIMISTIC_FORCE_INCREMENT));
  }

  @Override
  public Enterprise store(Enterprise enterprise) {
    em.persist(enterprise);
    return enterprise;
  }

  private List<Long> ids(
      EnterpriseQuery query, EnterpriseScope scope, Long id, int first, int max) {
    CriteriaBuilder cb = em.getCriteriaBuilder();
    CriteriaQuery<Long> cq = cb.createQuery(Long.class);
    Root<Enterprise> e = cq.from(Enterprise.class);
    Filter filter = new Filter(cb, e);
    cq.select(e.get("id")).where(filter.where(query, scope, id)).orderBy(filter.order(query));
    return em.createQuery(cq).setFirstResult(first).setMaxResults(max).getResultList();
  }

  private List<Enterprise> byIds(List<Long> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    List<Enterprise> found =
        new ArrayList<>(
            em.createNamedQuery("Enterprise.findByIds", Enterprise.class)
                .setParameter("ids", ids)
                .setHint("eclipselink.batch", "e.kinds")
                .setHint("eclipselink.batch.type", "IN")
                .getResultList());
    found.sort(Comparator.comparingInt(enterprise -> ids.indexOf(enterprise.getId())));
    return found;
  }

  private Optional<JurisdictionNode> node(String code) {
    return em.createNamedQuery("JurisdictionNode.findByCode", JurisdictionNode.class)
        .setParameter("code", code.strip())
        .getResultStream()
        .findFirst();
  }

  /** The predicates and order of one query over an enterprise with its organisation and node. */
  private final class Filter {

    private final CriteriaBuilder cb;
    private final Root<Enterprise> e;
    private final Join<Enterprise, Organisation> o;
    private final Join<Organisation, JurisdictionNode> j;

    Filter(CriteriaBuilder cb, Root<Enterprise> e) {
      this.cb = cb;
      this.e = e;
      this.o = e.join("organisation");
      this.j = o.join("jurisdiction");
    }

    Predicate[] where(EnterpriseQuery query, EnterpriseScope scope, Long id) {
      List<Predicate> where = new ArrayList<>();
      where.add(scope(scope));
      if (id != null) {
        where.add(cb.equal(e.get("id"), id));
      }
      if (present(query.name())) {
        where.add(contains(o.get("name"), query.name()));
      }
      if (present(query.creditCode())) {
        where.add(
            contains(
                e.get("creditCode").get("value"), query.creditCode().toUpperCase(Locale.ROOT)));
      }
      if (present(query.jurisdictionCode())) {
        where.add(
            node(query.jurisdictionCode())
                .map(
                    node ->
                        query.withSubordinates()
                            ? startsWith(j.get("path"), node.getPath())
                            : cb.equal(j.get("id"), node.getId()))
                .orElseGet(cb::disjunction));
      }
      if (query.kind() != null) {
        // (enterprise_id, kind) is the key of enterprise_kind: one joined row per enterprise.
        Join<Enterprise, EnterpriseKind> kind = e.join("kinds");
        where.add(cb.equal(kind, query.kind()));
      }
      if (query.riskGrade() != null) {
        where.add(cb.equal(e.get("riskGrade"), query.riskGrade()));
      }
      if (query.status() != null) {
        where.add(cb.equal(e.get("status"), query.status()));
      }
      return where.toArray(Predicate[]::new);
    }

    private Predicate scope(EnterpriseScope scope) {
      if (scope.unlimited()) {
        return cb.conjunction();
      }
      if (scope.pathPrefix() != null) {
        return startsWith(j.get("path"), scope.pathPrefix());
      }
      if (scope.organisationId() != null) {
        return cb.equal(o.get("id"), scope.organisationId());
      }
      return cb.disjunction();
    }

    List<Order> order(EnterpriseQuery query) {
      Expression<?> key =
          switch (query.sort()) {
            case NAME -> o.get("name");
            case CREDIT_CODE -> e.get("creditCode").get("value");
            case LICENSE_NO -> e.get("licenseNo").get("value");
            case JURISDICTION -> j.get("path");
            case RISK_GRADE -> e.get("riskGrade");
            case STATUS -> e.get("status");
          };
      return List.of(
          query.descending() ? cb.desc(key) : cb.asc(key),
          cb.asc(o.get("name")),
          cb.asc(e.get("id")));
    }

    private Predicate contains(Expression<String> value, String part) {
      return cb.like(value, "%" + escape(part.strip()) + "%", ESCAPE);
    }

    private Predicate startsWith(Expression<String> value, String prefix) {
      return cb.like(value, escape(prefix) + "%", ESCAPE);
    }
  }

  private static boolean present(String value) {
    return value != null && !value.isBlank();
  }

  private static String escape(String value) {
    return value
        .replace(String.valueOf(ESCAPE), "" + ESCAPE + ESCAPE)
        .replace("%", ESCAPE + "%")
        .replace("_", ESCAPE + "_");
  }
}
