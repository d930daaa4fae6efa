package org.cosqual.personnel.domain.model.person;

/** What the person did in a job: production or quality management count for the five years. */
public enum ExperienceArea {
  PRODUCTION_MANAGEMENT,
  QUALITY_MANAGEMENT,
  OTHER;

  public boolean countsForQualitySafety() {
    return this != OTHER;
  }
}
