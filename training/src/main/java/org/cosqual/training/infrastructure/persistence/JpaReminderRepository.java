package org.cosqual.training.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.cosqual.training.domain.model.reminder.MailOutcome;
import org.cosqual.training.domain.model.reminder.ReminderKind;
import org.cosqual.training.domain.model.reminder.ReminderMonth;
import org.cosqual.training.domain.model.reminder.ReminderRepository;
import org.cosqual.training.domain.model.reminder.SentReminder;

/**
 * Records reminders with {@code INSERT IGNORE} on the unique key (person, year, month, kind): a
 * duplicate inserts nothing and is reported as such, without an exception that would spoil the
 * transaction. Two nodes inserting the same key at once serialise on its lock.
 */
@ApplicationScoped
public class JpaReminderRepository implements ReminderRepository {

  @PersistenceContext private EntityManager em;

  @Override
  public boolean record(SentReminder reminder) {
    return em.createNativeQuery(
                "INSERT IGNORE INTO training_reminder"
                    + " (person_id, year_no, month_no, kind, sent_at) VALUES (?, ?, ?, ?, ?)")
            .setParameter(1, reminder.getPersonId())
            .setParameter(2, reminder.getMonth().year())
            .setParameter(3, reminder.getMonth().month())
            .setParameter(4, reminder.getKind().name())
            .setParameter(
                5,
                Timestamp.valueOf(reminder.getSentAt().atOffset(ZoneOffset.UTC).toLocalDateTime()))
            .executeUpdate()
        == 1;
  }

  @Override
  public Set<Long> findRecipients(ReminderMonth month, ReminderKind kind) {
    Set<Long> people = new HashSet<>();
    for (Object id :
        em.createNativeQuery(
                "SELECT person_id FROM training_reminder"
                    + " WHERE year_no = ? AND month_no = ? AND kind = ?")
            .setParameter(1, month.year())
            .setParameter(2, month.month())
            .setParameter(3, kind.name())
            .getResultList()) {
      people.add(((Number) id).longValue());
    }
    return people;
  }

  @Override
  public void recordMail(
      long personId, ReminderMonth month, ReminderKind kind, MailOutcome outcome) {
    em.createNativeQuery(
            "UPDATE training_reminder SET mail = ?, version = version + 1"
                + " WHERE person_id = ? AND year_no = ? AND month_no = ? AND kind = ?")
        .setParameter(1, outcome.name())
        .setParameter(2, personId)
        .setParameter(3, month.year())
        .setParameter(4, month.month())
        .setParameter(5, kind.name())
        .executeUpdate();
  }

  @Override
  public List<SentReminder> findByMonth(ReminderMonth month) {
    return em.createNamedQuery("SentReminder.findByMonth", SentReminder.class)
        .setParameter("year", month.year())
        .setParameter("month", month.month())
        .getResultList();
  }
}
