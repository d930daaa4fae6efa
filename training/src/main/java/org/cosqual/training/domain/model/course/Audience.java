package org.cosqual.training.domain.model.course;

/** Whom a course is for. */
public enum Audience {
  REGULATORS,
  /** Enterprises' key staff: the public-welfare courses. */
  KEY_STAFF,
  BOTH;

  public boolean includesRegulators() {
    return this != KEY_STAFF;
  }

  public boolean includesKeyStaff() {
    return this != REGULATORS;
  }
}
