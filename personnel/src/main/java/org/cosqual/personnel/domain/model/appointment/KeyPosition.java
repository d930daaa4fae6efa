package org.cosqual.personnel.domain.model.appointment;

/** The key positions of an enterprise whose holders the archive keeps. */
public enum KeyPosition {
  LEGAL_REPRESENTATIVE,
  QUALITY_SAFETY_OFFICER,
  QUALITY_MANAGER,
  PRODUCTION_MANAGER,
  LAB_MANAGER;

  /** An enterprise has at most one current legal representative and quality safety officer. */
  public boolean singleHolder() {
    return this == LEGAL_REPRESENTATIVE || this == QUALITY_SAFETY_OFFICER;
  }
}
