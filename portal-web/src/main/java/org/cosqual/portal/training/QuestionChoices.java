package org.cosqual.portal.training;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.stream.IntStream;
import org.cosqual.personnel.application.KeyPositionService;
import org.cosqual.personnel.domain.model.appointment.KeyPositionDefinition;
import org.cosqual.training.application.QuestionBankService;
import org.cosqual.training.domain.model.question.Question;
import org.cosqual.training.domain.model.question.QuestionStatus;
import org.cosqual.training.domain.model.question.QuestionTopic;
import org.cosqual.training.domain.model.question.QuestionType;

/** What the question bank's forms and filters offer to choose from, read once a request. */
@Named("questionChoices")
@RequestScoped
public class QuestionChoices {

  @Inject QuestionBankService bank;
  @Inject KeyPositionService keyPositions;

  private List<QuestionTopic> topics;
  private List<KeyPositionDefinition> positions;

  public List<QuestionTopic> getTopics() {
    if (topics == null) {
      topics = bank.findTopics();
    }
    return topics;
  }

  public List<KeyPositionDefinition> getPositions() {
    if (positions == null) {
      positions = keyPositions.findAll();
    }
    return positions;
  }

  public QuestionType[] getTypes() {
    return QuestionType.values();
  }

  public QuestionStatus[] getStatuses() {
    return QuestionStatus.values();
  }

  public int[] getDifficulties() {
    return IntStream.rangeClosed(Question.DIFFICULTY_MIN, Question.DIFFICULTY_MAX).toArray();
  }
}
