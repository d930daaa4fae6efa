package org.cosqual.training.domain.model.question;

/** The outcome of grading one answer. */
public enum Grade {
  CORRECT,
  INCORRECT,
  /** A short answer: a regulator grades it. */
  NEEDS_MANUAL_GRADING
}
