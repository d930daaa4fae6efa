package org.cosqual.training.domain.model.session;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

public interface SessionRepository {

  Optional<Session> find(long id);

  /** The session, its row locked until the transaction ends, so enrolments into it queue. */
  Optional<Session> findForUpdate(long id);

  /** Sessions starting in [from, to), earliest first: the training plan of a period. */
  List<Session> findStartingBetween(LocalDateTime from, LocalDateTime to);

  List<Session> findByCourse(long courseId);

  /** A person's enrolments into sessions ending at or after a time, earliest first. */
  List<Enrolment> findEnrolmentsOf(long personId, LocalDateTime endingFrom);

  Session store(Session session);
}
