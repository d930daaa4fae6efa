package org.cosqual.personnel.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import org.cosqual.personnel.application.Caller;
import org.cosqual.personnel.application.OrganisationService;
import org.cosqual.personnel.domain.model.account.Permission;
import org.cosqual.personnel.domain.model.jurisdiction.JurisdictionNode;
import org.cosqual.personnel.domain.model.jurisdiction.JurisdictionRepository;
import org.cosqual.personnel.domain.model.organisation.Organisation;
import org.cosqual.personnel.domain.model.organisation.OrganisationKind;
import org.cosqual.personnel.domain.model.organisation.OrganisationRepository;
import org.cosqual.personnel.domain.shared.BusinessException;
import org.cosqual.personnel.domain.shared.NotFoundException;

@ApplicationScoped
@Transactional
public class DefaultOrganisationService implements OrganisationService {

  @Inject JurisdictionRepository jurisdictions;
  @Inject OrganisationRepository organisations;
  @Inject Caller caller;

  @Override
  public List<Organisation> findVisibleOrganisations(OrganisationKind kind) {
    if (caller.has(Permission.ORGANISATION_MANAGE)) {
      return organisations.findInSubtree("/", kind);
    }
    if (caller.has(Permission.ORGANISATION_VIEW)) {
      // A regulator without a jurisdiction sees nothing rather than everything.
      return caller
          .jurisdictionPath()
          .map(path -> organisations.findInSubtree(path, kind))
          .orElse(List.of());
    }
    // Enterprise, association and key-staff users see their own organisation only.
    return caller
        .organisationId()
        .flatMap(organisations::find)
        .filter(own -> kind == null || own.getKind() == kind)
        .map(List::of)
        .orElse(List.of());
  }

  @Override
  public JurisdictionNode createJurisdiction(String code, String name, String parentCode) {
    caller.require(Permission.ORGANISATION_MANAGE);
    refuseTakenCode(jurisdictions.findByCode(code).isPresent(), code);
    JurisdictionNode node =
        parentCode == null
            ? JurisdictionNode.province(code, name)
            : jurisdiction(parentCode).addChild(code, name);
    return jurisdictions.store(node);
  }

  @Override
  public Organisation createOrganisation(
      String code, String name, OrganisationKind kind, String jurisdictionCode) {
    caller.require(Permission.ORGANISATION_MANAGE);
    refuseTakenCode(organisations.findByCode(code).isPresent(), code);
    return organisations.store(new Organisation(code, name, kind, jurisdiction(jurisdictionCode)));
  }

  @Override
  public boolean hasJurisdictions() {
    return !jurisdictions.findAll().isEmpty();
  }

  private JurisdictionNode jurisdiction(String code) {
    return jurisdictions
        .findByCode(code)
        .orElseThrow(() -> new NotFoundException("Jurisdiction", code));
  }

  private static void refuseTakenCode(boolean taken, String code) {
    if (taken) {
      throw new BusinessException("error.codeTaken", code);
    }
  }
}
