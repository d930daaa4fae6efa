package org.cosqual.personnel.domain.model.organisation;

/** What an organisation is; it decides which roles its people may hold. */
public enum OrganisationKind {
  REGULATOR_UNIT,
  ENTERPRISE,
  ASSOCIATION
}
