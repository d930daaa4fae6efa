package org.cosqual.training.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.cosqual.training.domain.model.compliance.ComplianceQueries;
import org.cosqual.training.domain.model.compliance.RegulatorHours;

/**
 * One SQL statement for the whole report: a course's entries collapse to one per person and year
 * (its largest) before they are summed, and regulators without hours come with zero.
 */
@ApplicationScoped
public class SqlComplianceQueries implements ComplianceQueries {

  static final String REGULATOR_HOURS =
      "SELECT p.id, p.name, o.id, o.name, j.code, j.name, COALESCE(h.hours, 0)"
          + " FROM account a"
          + " JOIN person p ON p.id = a.person_id"
          + " JOIN organisation o ON o.id = a.organisation_id"
          + " JOIN jurisdiction_node j ON j.id = o.jurisdiction_id"
          + " LEFT JOIN ("
          + "   SELECT c.person_id, SUM(c.hours) AS hours FROM ("
          + "     SELECT e.person_id, MAX(e.hours) AS hours FROM hour_entry e"
          + "     WHERE e.year_no = ? AND e.status = 'APPROVED' AND e.category_code IN (%s)"
          + "     GROUP BY e.person_id, COALESCE(e.course_id, -e.id)) c"
          + "   GROUP BY c.person_id) h ON h.person_id = p.id"
          + " WHERE a.enabled AND j.path LIKE ?"
          + " AND EXISTS (SELECT 1 FROM account_role r WHERE r.account_id = a.id"
          + "   AND r.role IN ('REGULATOR', 'REGULATOR_ADMIN'))"
          + " ORDER BY j.path, o.name, p.name";

  @PersistenceContext private EntityManager em;

  @Override
  public List<RegulatorHours> regulatorHours(
      String pathPrefix, int year, Set<String> countedCategories) {
    List<String> codes = List.copyOf(countedCategories);
    String placeholders = String.join(", ", codes.stream().map(c -> "?").toList());
    Query query = em.createNativeQuery(String.format(REGULATOR_HOURS, placeholders));
    int parameter = 1;
    query.setParameter(parameter++, year);
    for (String code : codes) {
      query.setParameter(parameter++, code);
    }
    query.setParameter(parameter, pathPrefix + "%");
    List<RegulatorHours> rows = new ArrayList<>();
    for (Object row : query.getResultList()) {
      Object[] r = (Object[]) row;
      rows.add(
          new RegulatorHours(
              ((Number) r[0]).longValue(),
              (String) r[1],
              ((Number) r[2]).longValue(),
              (String) r[3],
              (String) r[4],
              (String) r[5],
              new BigDecimal(r[6].toString()).setScale(1)));
    }
    return rows;
  }
}
