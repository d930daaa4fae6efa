package org.cosqual.training.domain.model.assessment;

public enum AttemptStatus {
  /** Being answered until its deadline. */
  OPEN,
  /** Submitted; a short answer waits for a regulator's grade. */
  AWAITING_GRADING,
  /** Every part graded: its score is final. */
  GRADED
}
