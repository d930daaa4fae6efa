package org.cosqual.training.domain.model.assessment;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A question of a fixed paper and what it is worth. */
@Embeddable
public class ListedQuestion {

  @Column(name = "question_id", nullable = false)
  private long questionId;

  @Column(nullable = false)
  private int points;

  protected ListedQuestion() {}

  public ListedQuestion(long questionId, int points) {
    this.questionId = questionId;
    this.points = points;
  }

  public long getQuestionId() {
    return questionId;
  }

  public int getPoints() {
    return points;
  }
}
