package org.cosqual.personnel.domain.model.supervision;

/** How an inspector rates a key-staff member's performance of their duty. */
public enum DutyRating {
  GOOD,
  ADEQUATE,
  POOR
}
