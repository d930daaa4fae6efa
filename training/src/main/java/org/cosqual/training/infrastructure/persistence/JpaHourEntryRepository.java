package org.cosqual.training.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.cosqual.training.domain.model.ledger.EntryStatus;
import org.cosqual.training.domain.model.ledger.HourEntry;
import org.cosqual.training.domain.model.ledger.HourEntryRepository;

@ApplicationScoped
public class JpaHourEntryRepository implements HourEntryRepository {

  @PersistenceContext private EntityManager em;

  @Override
  public Optional<HourEntry> find(long id) {
    return Optional.ofNullable(em.find(HourEntry.class, id));
  }

  @Override
  public Optional<HourEntry> findForUpdate(long id) {
    return Optional.ofNullable(em.find(HourEntry.class, id, LockModeType.PESSIMISTIC_WRITE));
  }

  @Override
  public List<HourEntry> findByPersonAndYear(long personId, int year) {
    return em.createQuery(
            "select e from HourEntry e join fetch e.category where e.person.id = :personId"
                + " and e.year = :year order by e.trainedOn, e.id",
            HourEntry.class)
        .setParameter("personId", personId)
        .setParameter("year", year)
        .getResultList();
  }

  @Override
  public List<HourEntry> findApprovedByPerson(long personId) {
    return em.createQuery(
            "select e from HourEntry e join fetch e.category where e.person.id = :personId"
                + " and e.status = :status",
            HourEntry.class)
        .setParameter("personId", personId)
        .setParameter("status", EntryStatus.APPROVED)
        .getResultList();
  }

  @Override
  public List<HourEntry> findPendingInSubtree(String pathPrefix) {
    return em.createQuery(
            "select e from HourEntry e join fetch e.person p join fetch e.category,"
                + " Account a join a.organisation o join o.jurisdiction j"
                + " where a.person = p and j.path like :pathPrefix and e.status = :status"
                + " order by e.reportedAt, e.id",
            HourEntry.class)
        .setParameter("pathPrefix", pathPrefix + "%")
        .setParameter("status", EntryStatus.PENDING)
        .getResultList();
  }

  @Override
  public boolean isCourseCredited(long personId, int year, long courseId) {
    return !em.createQuery(
            "select e.id from HourEntry e where e.person.id = :personId and e.year = :year"
                + " and e.courseId = :courseId and e.status = :status",
            Long.class)
        .setParameter("personId", personId)
        .setParameter("year", year)
        .setParameter("courseId", courseId)
        .setParameter("status", EntryStatus.APPROVED)
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }

  @Override
  public HourEntry store(HourEntry entry) {
    em.persist(entry);
    em.flush();
    return entry;
  }
}
