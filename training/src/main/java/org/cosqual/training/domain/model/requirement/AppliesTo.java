package org.cosqual.training.domain.model.requirement;

/** Whom a year's requirement binds. */
public enum AppliesTo {
  REGULATORS,
  REGULATORS_AND_KEY_STAFF
}
