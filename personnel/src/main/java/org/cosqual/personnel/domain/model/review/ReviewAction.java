package org.cosqual.personnel.domain.model.review;

/** One step of a review. */
public enum ReviewAction {
  SUBMITTED,
  RESUBMITTED,
  RETURNED,
  APPROVED
}
