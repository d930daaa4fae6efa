package org.cosqual.personnel.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import org.cosqual.personnel.application.AuditTrail;
import org.cosqual.personnel.application.Caller;
import org.cosqual.personnel.application.EnterpriseRegistration;
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
import org.cosqual.personnel.domain.shared.NotFoundException;

/**
 * Writes an enterprise whose registration has been checked already, by the register's service or by
 * the import against the whole file at once: its organisation, the enterprise and the audit entry,
 * without a single query, so that an import's batch reaches the database in one go at commit (about
 * four statements a row instead of seven). The value objects and the enterprise's guards still
 * apply.
 */
@ApplicationScoped
public class EnterpriseRegistrar {

  @Inject OrganisationRepository organisations;
  @Inject EnterpriseRepository enterprises;
  @Inject JurisdictionRepository jurisdictions;
  @Inject AuditTrail audit;
  @Inject Caller caller;
  @Inject Clock clock;

  /**
   * @param jurisdictionId the node the import found for the registration's jurisdiction code (read
   *     by id, so from the transaction's persistence context after the first row)
   */
  public Enterprise register(EnterpriseRegistration registration, long jurisdictionId) {
    caller.require(Permission.ENTERPRISE_REGISTER);
    CreditCode creditCode = CreditCode.of(registration.creditCode());
    LicenseNo licenseNo =
        registration.licenseNo() == null ? null : LicenseNo.of(registration.licenseNo(), clock);
    JurisdictionNode jurisdiction =
        jurisdictions
            .find(jurisdictionId)
            .orElseThrow(() -> new NotFoundException("Jurisdiction", jurisdictionId));
    Organisation organisation =
        organisations.store(
            new Organisation(
                creditCode.value(),
                registration.name(),
                OrganisationKind.ENTERPRISE,
                jurisdiction));
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
            registration.name(),
            caller.remoteAddress()));
    return enterprise;
  }
}
