package org.cosqual.training.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.cosqual.training.domain.model.session.Enrolment;
import org.cosqual.training.domain.model.session.Session;
import org.cosqual.training.domain.model.session.SessionRepository;

@ApplicationScoped
public class JpaSessionRepository implements SessionRepository {

  @PersistenceContext private EntityManager em;

  @Override
  public Optional<Session> find(long id) {
    return Optional.ofNullable(em.find(Session.class, id));
  }

  @Override
  public Optional<Session> findForUpdate(long id) {
    return Optional.ofNullable(em.find(Session.class, id, LockModeType.PESSIMISTIC_WRITE));
  }

  @Override
  public List<Session> findStartingBetween(LocalDateTime from, LocalDateTime to) {
    return em.createQuery(
            "select s from Session s join fetch s.course where s.startsAt >= :from"
                + " and s.startsAt < :to order by s.startsAt, s.id",
            Session.class)
        .setParameter("from", from)
        .setParameter("to", to)
        .getResultList();
  }

  @Override
  public List<Session> findByCourse(long courseId) {
    return em.createQuery(
            "select s from Session s where s.course.id = :courseId order by s.startsAt, s.id",
            Session.class)
        .setParameter("courseId", courseId)
        .getResultList();
  }

  @Override
  public List<Enrolment> findEnrolmentsOf(long personId, LocalDateTime endingFrom) {
    return em.createQuery(
            "select e from Enrolment e join fetch e.session s join fetch s.course"
                + " where e.person.id = :personId and s.endsAt >= :from order by s.startsAt",
            Enrolment.class)
        .setParameter("personId", personId)
        .setParameter("from", endingFrom)
        .getResultList();
  }

  @Override
  public Session store(Session session) {
    em.persist(session);
    em.flush();
    return session;
  }
}
