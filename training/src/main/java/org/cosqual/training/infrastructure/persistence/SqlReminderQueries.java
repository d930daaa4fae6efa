package org.cosqual.training.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cosqual.training.domain.model.reminder.ReminderQueries;

/** The recipients of reminders, over the same accounts the compliance report counts. */
@ApplicationScoped
public class SqlReminderQueries implements ReminderQueries {

  static final String ADMINISTRATORS =
      "SELECT p.id, p.name, p.email, j.path FROM account a"
          + " JOIN person p ON p.id = a.person_id"
          + " JOIN organisation o ON o.id = a.organisation_id"
          + " JOIN jurisdiction_node j ON j.id = o.jurisdiction_id"
          + " WHERE a.enabled AND EXISTS (SELECT 1 FROM account_role r"
          + "   WHERE r.account_id = a.id AND r.role = 'REGULATOR_ADMIN')"
          + " ORDER BY j.path, p.name";

  static final String EMAILS =
      "SELECT p.id, p.email FROM account a"
          + " JOIN person p ON p.id = a.person_id"
          + " JOIN organisation o ON o.id = a.organisation_id"
          + " JOIN jurisdiction_node j ON j.id = o.jurisdiction_id"
          + SqlComplianceQueries.REGULATORS_IN_SUBTREE
          + " AND p.email IS NOT NULL AND p.email <> ''";

  @PersistenceContext private EntityManager em;

  @Override
  public List<Administrator> administrators() {
    List<Administrator> administrators = new ArrayList<>();
    for (Object row : em.createNativeQuery(ADMINISTRATORS).getResultList()) {
      Object[] r = (Object[]) row;
      administrators.add(
          new Administrator(
              ((Number) r[0]).longValue(), (String) r[1], (String) r[2], (String) r[3]));
    }
    return administrators;
  }

  @Override
  public Map<Long, String> regulatorEmails(String pathPrefix) {
    Map<Long, String> emails = new HashMap<>();
    for (Object row :
        em.createNativeQuery(EMAILS).setParameter(1, pathPrefix + "%").getResultList()) {
      Object[] r = (Object[]) row;
      emails.put(((Number) r[0]).longValue(), (String) r[1]);
    }
    return emails;
  }
}
