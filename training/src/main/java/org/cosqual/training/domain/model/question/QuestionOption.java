package org.cosqual.training.domain.model.question;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;

/** One option of a choice question, and whether it is correct. */
@Embeddable
public class QuestionOption {

  public static final int TEXT_MAX = 500;

  @Column(name = "option_text", nullable = false, length = TEXT_MAX)
  private String text;

  @Column(nullable = false)
  private boolean correct;

  protected QuestionOption() {}

  public QuestionOption(String text, boolean correct) {
    this.text = Objects.requireNonNull(text);
    this.correct = correct;
  }

  public String getText() {
    return text;
  }

  public boolean isCorrect() {
    return correct;
  }
}
