package org.cosqual.training.domain.model.assessment;

/** How a paper rule makes a candidate's paper. */
public enum PaperKind {
  /** The same listed questions for everyone, in a shuffled order. */
  FIXED,
  /**
   * Questions drawn at random per attempt by quotas, so every paper differs but weighs the same.
   */
  DRAW
}
