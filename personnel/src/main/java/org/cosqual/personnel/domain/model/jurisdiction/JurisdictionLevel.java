package org.cosqual.personnel.domain.model.jurisdiction;

/** The tiers of the administrative tree one deployment serves. */
public enum JurisdictionLevel {
  PROVINCE,
  CITY,
  COUNTY;

  /** The level a child of a node at this level has. */
  public JurisdictionLevel child() {
    if (this == COUNTY) {
      throw new IllegalStateException("A county has no child jurisdiction");
    }
    return values()[ordinal() + 1];
  }
}
