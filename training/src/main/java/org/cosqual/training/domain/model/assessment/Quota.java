package org.cosqual.training.domain.model.assessment;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.Objects;
import org.cosqual.training.domain.model.question.QuestionType;

/** One cell of a draw: so many questions of a topic, difficulty and type, each worth so much. */
@Embeddable
public class Quota {

  @Column(name = "topic_code", nullable = false, length = 32)
  private String topicCode;

  @Column(nullable = false)
  private int difficulty;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private QuestionType type;

  @Column(name = "question_count", nullable = false)
  private int count;

  @Column(nullable = false)
  private int points;

  protected Quota() {}

  public Quota(String topicCode, int difficulty, QuestionType type, int count, int points) {
    this.topicCode = Objects.requireNonNull(topicCode);
    this.difficulty = difficulty;
    this.type = Objects.requireNonNull(type);
    this.count = count;
    this.points = points;
  }

  /** Whether the two quotas draw from the same questions. */
  boolean sameCell(Quota other) {
    return topicCode.equals(other.topicCode)
        && difficulty == other.difficulty
        && type == other.type;
  }

  public String getTopicCode() {
    return topicCode;
  }

  public int getDifficulty() {
    return difficulty;
  }

  public QuestionType getType() {
    return type;
  }

  public int getCount() {
    return count;
  }

  public int getPoints() {
    return points;
  }
}
