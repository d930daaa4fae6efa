package org.cosqual.training.domain.model.question;

/** How a question is answered, and so how its answer is graded. */
public enum QuestionType {
  /** Options, exactly one of them correct. */
  SINGLE_CHOICE,
  /** Options, at least two of them correct; an answer is correct only with exactly those. */
  MULTIPLE_CHOICE,
  /** A statement that is true or false. */
  TRUE_FALSE,
  /** A blank filled with text, correct when it matches one of the accepted answers. */
  FILL_IN,
  /** Free text a regulator grades by hand. */
  SHORT_ANSWER;

  public boolean hasOptions() {
    return this == SINGLE_CHOICE || this == MULTIPLE_CHOICE;
  }
}
