package org.cosqual.training.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import org.cosqual.personnel.domain.model.appointment.KeyPosition;
import org.cosqual.training.domain.model.assessment.QuestionPool;
import org.cosqual.training.domain.model.question.Question;
import org.cosqual.training.domain.model.question.QuestionStatus;
import org.cosqual.training.domain.model.question.QuestionType;

/** The bank's active questions, as papers are made from them. */
@ApplicationScoped
public class JpaQuestionPool implements QuestionPool {

  @PersistenceContext private EntityManager em;

  @Override
  public List<Long> idsOf(
      String topicCode, int difficulty, QuestionType type, KeyPosition position) {
    String forPosition =
        position == null
            ? ""
            // Not "member of": EclipseLink joins the collection table for it, which drops the
            // questions for all positions (they have no rows there).
            : " and (q.allPositions = true or exists (select p.id from Question p"
                + " join p.positionCodes c where p = q and c = :position))";
    TypedQuery<Long> query =
        em.createQuery(
                "select q.id from Question q where q.status = :active and q.topic.code = :topic"
                    + " and q.difficulty = :difficulty and q.type = :type"
                    + forPosition
                    + " order by q.id",
                Long.class)
            .setParameter("active", QuestionStatus.ACTIVE)
            .setParameter("topic", topicCode)
            .setParameter("difficulty", difficulty)
            .setParameter("type", type);
    if (position != null) {
      query.setParameter("position", position.code());
    }
    return query.getResultList();
  }

  @Override
  public boolean isActive(long questionId) {
    Question question = em.find(Question.class, questionId);
    return question != null && question.isActive();
  }
}
