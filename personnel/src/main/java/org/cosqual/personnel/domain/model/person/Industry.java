package org.cosqual.personnel.domain.model.person;

/** The industry of a work experience entry. */
public enum Industry {
  COSMETICS,
  DRUG,
  MEDICAL_DEVICE,
  SPECIAL_FOOD,
  OTHER;

  /** Cosmetics, drugs, medical devices and special foods count towards the five years. */
  public boolean countsForQualitySafety() {
    return this != OTHER;
  }
}
