package org.cosqual.personnel.domain.model.document;

/** What an issued document is. */
public enum DocumentKind {
  /** 培训学时证明: a person's approved training hours of a year. */
  TRAINING_TRANSCRIPT,
  /** An assessment certificate (合格证书). */
  ASSESSMENT_CERTIFICATE
}
