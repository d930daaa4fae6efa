package org.cosqual.training.domain.model.assessment;

/** How an attempt was closed. */
public enum AttemptClosing {
  /** The candidate submitted it. */
  SUBMITTED,
  /** Its time ran out and it was submitted with the answers saved by then. */
  EXPIRED
}
