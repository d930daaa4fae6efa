package org.cosqual.personnel.domain.model.person;

/** A person's sex as an identity document records it. */
public enum Sex {
  MALE,
  FEMALE
}
