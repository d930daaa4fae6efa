package org.cosqual.training.domain.model.assessment;

public enum AttemptEventKind {
  STARTED,
  RESUMED,
  SUBMITTED,
  AUTO_SUBMITTED,
  /** Answers came from a second browser session while another was active on the attempt. */
  CONCURRENT_SESSION
}
