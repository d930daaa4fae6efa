package org.cosqual.training.domain.model.question;

/** Whether new papers may draw a question; a retired one stays in past attempts. */
public enum QuestionStatus {
  ACTIVE,
  RETIRED
}
