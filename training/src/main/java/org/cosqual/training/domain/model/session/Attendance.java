package org.cosqual.training.domain.model.session;

/** What the organiser recorded of an enrolled person. */
public enum Attendance {
  ENROLLED,
  ATTENDED,
  ABSENT
}
