package org.cosqual.personnel.domain.model.review;

/** Where a reviewed item stands. */
public enum ReviewState {
  /** Waiting in a reviewer's queue. */
  PENDING,
  /** Sent back with a reason; the submitter corrects and resubmits. */
  RETURNED,
  APPROVED
}
