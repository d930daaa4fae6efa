package org.cosqual.personnel.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import org.cosqual.personnel.application.AuditTrail;
import org.cosqual.personnel.application.Caller;
import org.cosqual.personnel.application.EnterpriseRegistration;
import org.cosqual.personnel.application.EnterpriseService;
import org.cosqual.personnel.domain.model.account.Permission;
import org.cosqual.personnel.domain.model.audit.AuditAction;
import org.cosqual.personnel.domain.model.audit.AuditRecord;
import org.cosqual.personnel.domain.model.enterprise.CreditCode;
import org.cosqual.personnel.domain.model.enterprise.Enterprise;
import org.cosqual.personnel.domain.model.enterprise.EnterpriseRepository;
import org.cosqual.personnel.domain.model.enterprise.LicenseNo;
import org.cosqual.personnel.domain.model.jurisdiction.JurisdictionNode;
import org.cosqual.personnel.domain.model.jurisdiction.JurisdictionRepository;
import org.cosqual.personnel.domain.model.organisation.Organisation;
import org.cosqual.personnel.domain.model.organisation.OrganisationKind;
import org.cosqual.personnel.domain.model.organisation.OrganisationRepository;
import org.cosqual.personnel.domain.shared.BusinessException;
import org.cosqual.personnel.domain.shared.Fields;
import org.cosqual.personnel.domain.shared.NotFoundException;

@ApplicationScoped
@Transactional
public class DefaultEnterpriseService implements EnterpriseService {

  static final int NAME_MAX = 200;

  @Inject EnterpriseRepository enterprises;
  @Inject OrganisationRepository organisations;
  @Inject JurisdictionRepository jurisdictions;
  @Inject AuditTrail audit;
  @Inject Caller caller;
  @Inject Clock clock;

  @Override
  public Enterprise registerEnterprise(EnterpriseRegistration registration) {
    caller.require(Permission.ENTERPRISE_REGISTER);
    String name = Fields.required(registration.name(), "general.enterpriseName", NAME_MAX);
    CreditCode creditCode = CreditCode.of(registration.creditCode());
    LicenseNo licenseNo =
        registration.licenseNo() == null || registration.licenseNo().isBlank()
            ? null
            : LicenseNo.of(registration.licenseNo(), clock);
    JurisdictionNode jurisdiction =
        jurisdictions
            .findByCode(registration.jurisdictionCode())
            .orElseThrow(
                () -> new NotFoundException("Jurisdiction", registration.jurisdictionCode()));
    String scope = caller.jurisdictionPath().orElse("");
    if (scope.isEmpty() || !jurisdiction.getPath().startsWith(scope)) {
      throw new BusinessException("error.enterprise.outsideJurisdiction", jurisdiction.getName());
    }
    if (enterprises.findByCreditCode(creditCode).isPresent()) {
      throw new BusinessException("error.enterprise.creditCodeTaken", creditCode.value());
    }
    Organisation organisation =
        organisations.store(
            new Organisation(creditCode.value(), name, OrganisationKind.ENTERPRISE, jurisdiction));
    Enterprise enterprise =
        enterprises.store(
            new Enterprise(
                organisation,
                creditCode,
                licenseNo,
                registration.kinds(),
                registration.producesItself(),
                registration.address()));
    audit.append(
        new AuditRecord(
            caller.name(),
            AuditAction.ENTERPRISE_REGISTERED,
            "enterprise:" + creditCode.value(),
            name,
            caller.remoteAddress()));
    return enterprise;
  }

  @Override
  public List<Enterprise> findVisibleEnterprises() {
    if (caller.has(Permission.ORGANISATION_MANAGE)) {
      return enterprises.findInSubtree("/");
    }
    if (caller.has(Permission.ORGANISATION_VIEW)) {
      return caller.jurisdictionPath().map(enterprises::findInSubtree).orElse(List.of());
    }
    return caller
        .organisationId()
        .flatMap(enterprises::findByOrganisation)
        .map(List::of)
        .orElse(List.of());
  }
}
