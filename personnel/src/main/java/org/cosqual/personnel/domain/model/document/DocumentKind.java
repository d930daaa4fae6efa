package org.cosqual.personnel.domain.model.document;

/** What an issued document is. */
public enum DocumentKind {
  /** The training transcript: a person's approved training hours of a year. */
  TRAINING_TRANSCRIPT,
  /** An assessment certificate. */
  ASSESSMENT_CERTIFICATE
}
