package org.cosqual.training.domain.model.ledger;

/** Where a ledger entry's hours come from. */
public enum EntrySource {
  /** Confirmed attendance at a session of a course. */
  SESSION_ATTENDANCE,
  /** An online course completed. */
  ONLINE_COMPLETION,
  /** The quiz of a course passed. */
  COURSE_QUIZ,
  /**
   * Training elsewhere (NMPA online courses, lectures by other provinces' experts), reported with
   * evidence.
   */
  EXTERNAL_TRAINING,
  /** A correction an administrator makes, with a reason. */
  MANUAL_CORRECTION
}
