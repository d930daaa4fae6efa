package org.cosqual.personnel.domain.model.filing;

/** What a filing asks for. */
public enum FilingKind {
  /** A person newly in a key position (新任). */
  APPOINTMENT,
  /** New particulars of a person already appointed (变更). */
  CHANGE,
  /** The end of an appointment (离任). */
  DEPARTURE
}
