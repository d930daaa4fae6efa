package org.cosqual.personnel.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.cosqual.personnel.application.AuditTrail;
import org.cosqual.personnel.application.Caller;
import org.cosqual.personnel.application.EnterpriseContact;
import org.cosqual.personnel.application.EnterpriseRegistration;
import org.cosqual.personnel.application.EnterpriseService;
import org.cosqual.personnel.application.NewAccount;
import org.cosqual.personnel.application.NewEnterpriseAdministrator;
import org.cosqual.personnel.application.RegisteredFacts;
import org.cosqual.personnel.domain.model.account.Permission;
import org.cosqual.personnel.domain.model.account.Role;
import org.cosqual.personnel.domain.model.audit.AuditAction;
import org.cosqual.personnel.domain.model.audit.AuditRecord;
import org.cosqual.personnel.domain.model.enterprise.CreditCode;
import org.cosqual.personnel.domain.model.enterprise.Enterprise;
import org.cosqual.personnel.domain.model.enterprise.EnterpriseQuery;
import org.cosqual.personnel.domain.model.enterprise.EnterpriseRepository;
import org.cosqual.personnel.domain.model.enterprise.EnterpriseScope;
import org.cosqual.personnel.domain.model.enterprise.EnterpriseStatus;
import org.cosqual.personnel.domain.model.enterprise.LicenseNo;
import org.cosqual.personnel.domain.model.jurisdiction.JurisdictionNode;
import org.cosqual.personnel.domain.model.jurisdiction.JurisdictionRepository;
import org.cosqual.personnel.domain.model.organisation.OrganisationRepository;
import org.cosqual.personnel.domain.shared.BusinessException;
import org.cosqual.personnel.domain.shared.Fields;
import org.cosqual.personnel.domain.shared.NotFoundException;
import org.cosqual.personnel.domain.shared.StaleVersionException;

@ApplicationScoped
@Transactional
public class DefaultEnterpriseService implements EnterpriseService {

  private static final String ENTITY = "Enterprise";
  private static final int CODE_MAX = 12;

  @Inject EnterpriseRepository enterprises;
  @Inject OrganisationRepository organisations;
  @Inject JurisdictionRepository jurisdictions;
  @Inject DefaultAccountService accounts;
  @Inject AuditTrail audit;
  @Inject EnterpriseRegistrar registrar;
  @Inject Caller caller;
  @Inject Clock clock;

  @Override
  public Enterprise registerEnterprise(EnterpriseRegistration registration) {
    caller.require(Permission.ENTERPRISE_REGISTER);
    String name =
        Fields.required(registration.name(), "general.enterpriseName", Enterprise.NAME_MAX);
    CreditCode creditCode = CreditCode.of(registration.creditCode());
    LicenseNo licenseNo = licence(registration.licenseNo());
    JurisdictionNode jurisdiction =
        jurisdictionInScope(
            registration.jurisdictionCode(), "error.enterprise.outsideJurisdiction");
    if (enterprises.findByCreditCode(creditCode).isPresent()) {
      throw new BusinessException("error.enterprise.creditCodeTaken", creditCode.value());
    }
    return registrar.register(
        new EnterpriseRegistration(
            name,
            creditCode.value(),
            licenseNo == null ? null : licenseNo.value(),
            registration.kinds(),
            registration.producesItself(),
            registration.jurisdictionCode(),
            registration.address()),
        jurisdiction.getId());
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

  @Override
  public List<Enterprise> findEnterprises(EnterpriseQuery query, int first, int pageSize) {
    return enterprises.search(query, readScope(), first, pageSize);
  }

  @Override
  public long countEnterprises(EnterpriseQuery query) {
    return enterprises.count(query, readScope());
  }

  @Override
  public Enterprise getEnterprise(long id) {
    return enterprises.findVisible(id, readScope()).orElseThrow(() -> notFound(id));
  }

  @Override
  public Optional<Enterprise> findOwnEnterprise() {
    return caller
        .organisationId()
        .flatMap(
            own ->
                enterprises
                    .search(EnterpriseQuery.all(), EnterpriseScope.organisation(own), 0, 1)
                    .stream()
                    .findFirst());
  }

  @Override
  public List<JurisdictionNode> findJurisdictionsInScope() {
    Optional<String> prefix =
        caller.has(Permission.ORGANISATION_MANAGE)
            ? Optional.of("/")
            : caller.jurisdictionPath().filter(path -> caller.has(Permission.ORGANISATION_VIEW));
    return prefix.map(jurisdictions::findUnder).orElse(List.of());
  }

  @Override
  public boolean mayChangeRegistration(Enterprise enterprise) {
    return registerScope().includes(enterprise);
  }

  @Override
  public boolean mayChangeContact(Enterprise enterprise) {
    return ownScope().includes(enterprise);
  }

  @Override
  public Enterprise changeRegistration(long id, long version, RegisteredFacts facts) {
    caller.require(Permission.ENTERPRISE_REGISTER);
    Enterprise enterprise = lockForChange(id, version, registerScope());
    LicenseNo licenseNo = licence(facts.licenseNo());
    JurisdictionNode jurisdiction =
        jurisdictionInScope(facts.jurisdictionCode(), "error.enterprise.moveOutsideJurisdiction");
    String name = enterprise.getName();
    LicenseNo oldLicenseNo = enterprise.getLicenseNo();
    Set<?> kinds = enterprise.getKinds();
    String place = describe(enterprise.getJurisdiction());
    Object grade = enterprise.getRiskGrade();
    EnterpriseStatus status = enterprise.getStatus();
    enterprise.changeRegistration(
        facts.name(),
        licenseNo,
        facts.kinds(),
        facts.producesItself(),
        jurisdiction,
        facts.riskGrade(),
        facts.status());
    record(
        AuditAction.ENTERPRISE_CHANGED,
        enterprise,
        new ChangeLog()
            .compare("name", name, enterprise.getName())
            .compare("licenseNo", oldLicenseNo, enterprise.getLicenseNo())
            .compare("kinds", kinds, enterprise.getKinds())
            .compare("jurisdiction", place, describe(enterprise.getJurisdiction())));
    record(
        AuditAction.ENTERPRISE_RISK_GRADED,
        enterprise,
        new ChangeLog().compare("riskGrade", grade, enterprise.getRiskGrade()));
    record(
        AuditAction.ENTERPRISE_STATUS_CHANGED,
        enterprise,
        new ChangeLog().compare("status", status, enterprise.getStatus()));
    return enterprise;
  }

  @Override
  public Enterprise changeContact(long id, long version, EnterpriseContact contact) {
    caller.require(Permission.ENTERPRISE_OWN);
    Enterprise enterprise = lockForChange(id, version, ownScope());
    String address = enterprise.getAddress();
    String phone = enterprise.getPhone();
    String contactName = enterprise.getContactName();
    String contactPhone = enterprise.getContactPhone();
    String contactEmail = enterprise.getContactEmail();
    enterprise.changeContact(
        contact.address(),
        contact.phone(),
        contact.contactName(),
        contact.contactPhone(),
        contact.contactEmail());
    record(
        AuditAction.ENTERPRISE_CONTACT_CHANGED,
        enterprise,
        new ChangeLog()
            .compare("address", address, enterprise.getAddress())
            .compare("phone", phone, enterprise.getPhone())
            .compare("contactName", contactName, enterprise.getContactName())
            .compare("contactPhone", contactPhone, enterprise.getContactPhone())
            .compare("contactEmail", contactEmail, enterprise.getContactEmail()));
    return enterprise;
  }

  @Override
  public String createEnterpriseAdministrator(long id, NewEnterpriseAdministrator administrator) {
    caller.require(Permission.ENTERPRISE_REGISTER);
    Enterprise enterprise =
        enterprises.findVisible(id, registerScope()).orElseThrow(() -> notFound(id));
    if (enterprise.getStatus() == EnterpriseStatus.CANCELLED) {
      throw new BusinessException("error.enterprise.cancelled", enterprise.getName());
    }
    return accounts.issueAccount(
        new NewAccount(
            administrator.username(),
            administrator.personName(),
            administrator.phone(),
            administrator.email(),
            Set.of(Role.ENTERPRISE_ADMIN),
            enterprise.getOrganisation().getId(),
            null));
  }

  /** What the caller may read: everything, their jurisdiction subtree, or their own enterprise. */
  private EnterpriseScope readScope() {
    if (caller.has(Permission.ORGANISATION_MANAGE)) {
      return EnterpriseScope.everything();
    }
    return caller.has(Permission.ORGANISATION_VIEW) ? callersSubtree() : callersOrganisation();
  }

  /** The registered facts a regulator keeps: their own subtree only. */
  private EnterpriseScope registerScope() {
    return caller.has(Permission.ENTERPRISE_REGISTER)
        ? callersSubtree()
        : EnterpriseScope.nothing();
  }

  /** The contact details an enterprise administrator keeps: their own enterprise only. */
  private EnterpriseScope ownScope() {
    return caller.has(Permission.ENTERPRISE_OWN)
        ? callersOrganisation()
        : EnterpriseScope.nothing();
  }

  /** A regulator without a jurisdiction has nothing rather than everything. */
  private EnterpriseScope callersSubtree() {
    return caller
        .jurisdictionPath()
        .map(EnterpriseScope::subtree)
        .orElse(EnterpriseScope.nothing());
  }

  private EnterpriseScope callersOrganisation() {
    return caller
        .organisationId()
        .map(EnterpriseScope::organisation)
        .orElse(EnterpriseScope.nothing());
  }

  private Enterprise lockForChange(long id, long version, EnterpriseScope scope) {
    Enterprise enterprise = enterprises.lockForChange(id, scope).orElseThrow(() -> notFound(id));
    StaleVersionException.check(ENTITY, id, version, enterprise.getVersion());
    return enterprise;
  }

  private LicenseNo licence(String input) {
    return input == null || input.isBlank() ? null : LicenseNo.of(input, clock);
  }

  /** The node of that code, refused with {@code outsideKey} unless in the caller's subtree. */
  private JurisdictionNode jurisdictionInScope(String code, String outsideKey) {
    String checked = Fields.required(code, "general.jurisdiction", CODE_MAX);
    JurisdictionNode jurisdiction =
        jurisdictions
            .findByCode(checked)
            .orElseThrow(() -> new NotFoundException("Jurisdiction", checked));
    String scope = caller.jurisdictionPath().orElse("");
    if (scope.isEmpty() || !jurisdiction.getPath().startsWith(scope)) {
      throw new BusinessException(outsideKey, jurisdiction.getName());
    }
    return jurisdiction;
  }

  private static String describe(JurisdictionNode node) {
    return node.getCode() + " " + node.getName();
  }

  private static NotFoundException notFound(long id) {
    return new NotFoundException(ENTITY, id);
  }

  private void record(AuditAction action, Enterprise enterprise, ChangeLog changes) {
    if (!changes.isEmpty()) {
      record(action, enterprise, changes.toString());
    }
  }

  private void record(AuditAction action, Enterprise enterprise, String detail) {
    audit.append(
        new AuditRecord(
            caller.name(),
            action,
            "enterprise:" + enterprise.getCreditCode().value(),
            detail,
            caller.remoteAddress()));
  }
}
