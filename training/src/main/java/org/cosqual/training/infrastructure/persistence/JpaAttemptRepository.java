package org.cosqual.training.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.cosqual.personnel.infrastructure.persistence.UtcInstantConverter;
import org.cosqual.training.domain.model.assessment.Attempt;
import org.cosqual.training.domain.model.assessment.AttemptEvent;
import org.cosqual.training.domain.model.assessment.AttemptItem;
import org.cosqual.training.domain.model.assessment.AttemptRepository;
import org.cosqual.training.domain.model.assessment.AttemptStatus;
import org.cosqual.training.domain.model.assessment.Enrolment;
import org.cosqual.training.domain.model.question.Grade;

@ApplicationScoped
public class JpaAttemptRepository implements AttemptRepository {

  private static final UtcInstantConverter UTC = new UtcInstantConverter();

  @PersistenceContext private EntityManager em;

  @Override
  public Optional<Attempt> find(long id) {
    return Optional.ofNullable(em.find(Attempt.class, id));
  }

  @Override
  public Optional<Attempt> findForUpdate(long id) {
    return Optional.ofNullable(em.find(Attempt.class, id, LockModeType.PESSIMISTIC_WRITE));
  }

  @Override
  public Optional<Attempt> findOpen(Enrolment lockedEnrolment) {
    if (lockedEnrolment.getAttemptsUsed() == 0) {
      return Optional.empty();
    }
    // A locking read of a row that exists: by the unique (enrolment, practice, number) key it locks
    // that row only. Looking for the open attempt by a key no row has would lock a gap of the index
    // instead, and candidates starting at once would then deadlock on their inserts.
    return em.createQuery(
            "select a from Attempt a where a.enrolment.id = :enrolmentId and a.practice = false"
                + " and a.number = :number",
            Attempt.class)
        .setParameter("enrolmentId", lockedEnrolment.getId())
        .setParameter("number", lockedEnrolment.getAttemptsUsed())
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .getResultStream()
        .filter(Attempt::isOpen)
        .findFirst();
  }

  @Override
  public List<Attempt> findByEnrolment(long enrolmentId) {
    return em.createQuery(
            "select a from Attempt a where a.enrolment.id = :enrolmentId"
                + " order by a.practice, a.number",
            Attempt.class)
        .setParameter("enrolmentId", enrolmentId)
        .getResultList();
  }

  @Override
  public Optional<AttemptItem> findItem(long itemId) {
    return Optional.ofNullable(em.find(AttemptItem.class, itemId));
  }

  @Override
  public List<Long> findExpired(Instant now, int max) {
    // Native, so the instant is compared as the UTC wall time the converter stores.
    List<?> ids =
        em.createNativeQuery(
                "SELECT id FROM exam_attempt WHERE status = ? AND deadline <= ?"
                    + " ORDER BY deadline, id")
            .setParameter(1, AttemptStatus.OPEN.name())
            .setParameter(2, UTC.convertToDatabaseColumn(now))
            .setMaxResults(max)
            .getResultList();
    return ids.stream().map(id -> ((Number) id).longValue()).toList();
  }

  @Override
  public List<AttemptItem> findAnswersToGrade(String subtree) {
    return em.createQuery(
            "select i from AttemptItem i join fetch i.attempt a join a.enrolment e"
                + " where a.status = :awaiting and i.grade = :manual and i.awarded is null"
                + " and e.jurisdictionPath like :subtree order by a.submittedAt, a.id, i.position",
            AttemptItem.class)
        .setParameter("awaiting", AttemptStatus.AWAITING_GRADING)
        .setParameter("manual", Grade.NEEDS_MANUAL_GRADING)
        .setParameter("subtree", subtree + "%")
        .getResultList();
  }

  @Override
  public Attempt store(Attempt attempt) {
    if (attempt.getId() == null) {
      em.persist(attempt);
      em.flush();
      return attempt;
    }
    return em.merge(attempt);
  }

  @Override
  public void record(AttemptEvent event) {
    em.persist(event);
  }

  @Override
  public List<AttemptEvent> findEvents(long attemptId) {
    return em.createQuery(
            "select e from AttemptEvent e where e.attemptId = :attemptId order by e.at, e.id",
            AttemptEvent.class)
        .setParameter("attemptId", attemptId)
        .getResultList();
  }
}
