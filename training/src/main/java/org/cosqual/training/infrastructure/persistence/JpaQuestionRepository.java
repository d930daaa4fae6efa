package org.cosqual.training.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cosqual.training.domain.model.question.Question;
import org.cosqual.training.domain.model.question.QuestionFilter;
import org.cosqual.training.domain.model.question.QuestionRepository;
import org.cosqual.training.domain.model.question.QuestionTopic;
import org.cosqual.training.domain.model.question.QuestionType;

@ApplicationScoped
public class JpaQuestionRepository implements QuestionRepository {

  @PersistenceContext private EntityManager em;

  @Override
  public Optional<Question> find(long id) {
    return Optional.ofNullable(em.find(Question.class, id));
  }

  @Override
  public Optional<Question> findForUpdate(long id) {
    return Optional.ofNullable(em.find(Question.class, id, LockModeType.PESSIMISTIC_WRITE));
  }

  @Override
  public List<Question> findAll(QuestionFilter filter, int first, int max) {
    return filtered("select q from Question q", filter, " order by q.id desc", Question.class)
        .setFirstResult(first)
        .setMaxResults(max)
        .getResultList();
  }

  @Override
  public long count(QuestionFilter filter) {
    return filtered("select count(q) from Question q", filter, "", Long.class).getSingleResult();
  }

  private <T> TypedQuery<T> filtered(
      String select, QuestionFilter filter, String order, Class<T> result) {
    StringBuilder where = new StringBuilder(" where 1 = 1");
    Map<String, Object> parameters = new HashMap<>();
    if (filter.text() != null && !filter.text().isBlank()) {
      // The column's collation ignores case; ! escapes the pattern's wildcards.
      where.append(" and q.currentStem like :text escape '!'");
      parameters.put("text", "%" + escaped(filter.text().strip()) + "%");
    }
    if (filter.type() != null) {
      where.append(" and q.type = :type");
      parameters.put("type", filter.type());
    }
    if (filter.topicCode() != null) {
      where.append(" and q.topic.code = :topic");
      parameters.put("topic", filter.topicCode());
    }
    if (filter.difficulty() != null) {
      where.append(" and q.difficulty = :difficulty");
      parameters.put("difficulty", filter.difficulty());
    }
    if (filter.positionCode() != null) {
      // Not "member of": EclipseLink joins the collection table for it, which drops the
      // questions for all positions (they have no rows there).
      where.append(
          " and (q.allPositions = true or exists (select p.id from Question p"
              + " join p.positionCodes c where p = q and c = :position))");
      parameters.put("position", filter.positionCode());
    }
    if (filter.status() != null) {
      where.append(" and q.status = :status");
      parameters.put("status", filter.status());
    }
    TypedQuery<T> query = em.createQuery(select + where + order, result);
    parameters.forEach(query::setParameter);
    return query;
  }

  private static String escaped(String text) {
    return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
  }

  @Override
  public boolean existsWithStem(QuestionType type, String stem) {
    return !em.createQuery(
            "select q.id from Question q where q.type = :type and q.currentStem = :stem",
            Long.class)
        .setParameter("type", type)
        .setParameter("stem", stem)
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }

  @Override
  public List<QuestionTopic> findTopics() {
    return em.createNamedQuery("QuestionTopic.findAll", QuestionTopic.class).getResultList();
  }

  @Override
  public Optional<QuestionTopic> findTopic(String code) {
    return Optional.ofNullable(em.find(QuestionTopic.class, code));
  }

  @Override
  public Question store(Question question) {
    em.persist(question);
    em.flush();
    return question;
  }
}
