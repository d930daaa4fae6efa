package org.cosqual.personnel.application;

import java.util.List;
import org.cosqual.personnel.domain.model.jurisdiction.JurisdictionNode;
import org.cosqual.personnel.domain.model.organisation.Organisation;
import org.cosqual.personnel.domain.model.organisation.OrganisationKind;

/** The jurisdiction tree and the organisations under it, as far as the caller may see them. */
public interface OrganisationService {

  /** Organisations inside the caller's scope, of one kind or (kind null) of all kinds. */
  List<Organisation> findVisibleOrganisations(OrganisationKind kind);

  /** A province when {@code parentCode} is null, else a child of that node. */
  JurisdictionNode createJurisdiction(String code, String name, String parentCode);

  Organisation createOrganisation(
      String code, String name, OrganisationKind kind, String jurisdictionCode);

  boolean hasJurisdictions();
}
