package org.cosqual.training.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cosqual.training.domain.model.compliance.ComplianceQueries;
import org.cosqual.training.domain.model.compliance.RegulatorHours;

/**
 * Two statements: the regulators of the subtree with their unit, and the sum of their approved
 * hours of counted categories, grouped by person alone (a narrow grouping, as cheap as the raw
 * aggregate); they are matched by person in memory. A course counts once per person and year
 * because the ledger holds at most one approved entry of it (the unique key of migration V2), so a
 * plain sum is right.
 */
@ApplicationScoped
public class SqlComplianceQueries implements ComplianceQueries {

  private static final BigDecimal ZERO = BigDecimal.ZERO.setScale(1);

  /** The regulators' accounts in a jurisdiction subtree (the path prefix is the last parameter). */
  static final String REGULATORS_IN_SUBTREE =
      " WHERE a.enabled AND j.path LIKE ?"
          + " AND EXISTS (SELECT 1 FROM account_role r WHERE r.account_id = a.id"
          + "   AND r.role IN ('REGULATOR', 'REGULATOR_ADMIN'))";

  static final String REGULATORS =
      "SELECT p.id, p.name, o.id, o.name, j.code, j.name FROM account a"
          + " JOIN person p ON p.id = a.person_id"
          + " JOIN organisation o ON o.id = a.organisation_id"
          + " JOIN jurisdiction_node j ON j.id = o.jurisdiction_id"
          + REGULATORS_IN_SUBTREE
          + " ORDER BY j.path, o.name, p.name";

  /** Formatted with the placeholders of the counted categories. */
  static final String HOURS =
      "SELECT a.person_id, SUM(e.hours) FROM account a"
          + " JOIN organisation o ON o.id = a.organisation_id"
          + " JOIN jurisdiction_node j ON j.id = o.jurisdiction_id"
          + " JOIN hour_entry e ON e.person_id = a.person_id AND e.year_no = ?"
          + "   AND e.status = 'APPROVED' AND e.category_code IN (%s)"
          + REGULATORS_IN_SUBTREE
          + " GROUP BY a.person_id";

  @PersistenceContext private EntityManager em;

  @Override
  public List<RegulatorHours> regulatorHours(
      String pathPrefix, int year, Set<String> countedCategories) {
    List<String> codes = List.copyOf(countedCategories);
    Query hoursQuery =
        em.createNativeQuery(
            String.format(HOURS, String.join(", ", codes.stream().map(c -> "?").toList())));
    int parameter = 1;
    hoursQuery.setParameter(parameter++, year);
    for (String code : codes) {
      hoursQuery.setParameter(parameter++, code);
    }
    hoursQuery.setParameter(parameter, pathPrefix + "%");
    Map<Long, BigDecimal> hours = new HashMap<>();
    for (Object row : hoursQuery.getResultList()) {
      Object[] r = (Object[]) row;
      hours.put(((Number) r[0]).longValue(), new BigDecimal(r[1].toString()).setScale(1));
    }
    List<RegulatorHours> regulators = new ArrayList<>();
    for (Object row :
        em.createNativeQuery(REGULATORS).setParameter(1, pathPrefix + "%").getResultList()) {
      Object[] r = (Object[]) row;
      long personId = ((Number) r[0]).longValue();
      regulators.add(
          new RegulatorHours(
              personId,
              (String) r[1],
              ((Number) r[2]).longValue(),
              (String) r[3],
              (String) r[4],
              (String) r[5],
              hours.getOrDefault(personId, ZERO)));
    }
    return regulators;
  }
}
