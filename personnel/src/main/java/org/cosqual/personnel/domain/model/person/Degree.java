package org.cosqual.personnel.domain.model.person;

/** Highest education completed. */
public enum Degree {
  SECONDARY,
  JUNIOR_COLLEGE,
  BACHELOR,
  MASTER,
  DOCTOR
}
