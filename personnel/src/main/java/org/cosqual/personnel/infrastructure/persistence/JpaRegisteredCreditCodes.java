package org.cosqual.personnel.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.cosqual.personnel.domain.model.enterprise.CreditCode;
import org.cosqual.personnel.domain.model.enterprise.RegisteredCreditCodes;

@ApplicationScoped
public class JpaRegisteredCreditCodes implements RegisteredCreditCodes {

  /** Codes per query: keeps the IN list well below any statement size limit. */
  private static final int CHUNK = 1000;

  @PersistenceContext private EntityManager em;

  @Override
  public Set<CreditCode> among(Collection<CreditCode> codes) {
    List<String> values = codes.stream().map(CreditCode::value).distinct().toList();
    Set<CreditCode> registered = new HashSet<>();
    for (int from = 0; from < values.size(); from += CHUNK) {
      em.createQuery(
              "select e.creditCode.value from Enterprise e where e.creditCode.value in :codes",
              String.class)
          .setParameter("codes", values.subList(from, Math.min(values.size(), from + CHUNK)))
          .getResultList()
          .forEach(code -> registered.add(CreditCode.of(code)));
    }
    return registered;
  }
}
