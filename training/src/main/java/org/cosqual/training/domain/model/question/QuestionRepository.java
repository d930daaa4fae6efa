package org.cosqual.training.domain.model.question;

import java.util.List;
import java.util.Optional;

public interface QuestionRepository {

  Optional<Question> find(long id);

  /** The question, its row locked until the transaction ends. */
  Optional<Question> findForUpdate(long id);

  /** The questions a filter selects, newest first. */
  List<Question> findAll(QuestionFilter filter, int first, int max);

  long count(QuestionFilter filter);

  /** Whether a question of the type has this current stem (compared as the database collates). */
  boolean existsWithStem(QuestionType type, String stem);

  List<QuestionTopic> findTopics();

  Optional<QuestionTopic> findTopic(String code);

  Question store(Question question);
}
