package org.cosqual.training.domain.model.assessment;

/** Where a person stands in a campaign. */
public enum EnrolmentResult {
  /** Not passed yet, with an attempt left or one being graded. */
  PENDING,
  PASSED,
  /** Every attempt taken and graded, none passed (不合格). */
  FAILED
}
