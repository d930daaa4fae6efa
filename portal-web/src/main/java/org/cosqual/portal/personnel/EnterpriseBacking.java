package org.cosqual.portal.personnel;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import org.cosqual.personnel.application.EnterpriseContact;
import org.cosqual.personnel.application.EnterpriseService;
import org.cosqual.personnel.application.NewEnterpriseAdministrator;
import org.cosqual.personnel.application.RegisteredFacts;
import org.cosqual.personnel.domain.model.enterprise.Enterprise;
import org.cosqual.personnel.domain.model.enterprise.EnterpriseKind;
import org.cosqual.personnel.domain.model.enterprise.EnterpriseStatus;
import org.cosqual.personnel.domain.model.enterprise.RiskGrade;
import org.cosqual.personnel.domain.shared.BusinessException;
import org.cosqual.personnel.domain.shared.NotFoundException;
import org.cosqual.portal.shell.PageMessages;

/**
 * One enterprise: its registered facts (a regulator over it edits them, risk grade and status
 * included), its contact details (its own administrator edits them) and, for the regulator, the
 * enterprise administrator account. Without an id it is the caller's own enterprise. Every save
 * carries the version the page was loaded at; a refusal keeps what was typed.
 */
@Named("enterprisePage")
@ViewScoped
public class EnterpriseBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient EnterpriseService enterprises;

  private String id;
  private long enterpriseId;
  private long version;
  private transient Enterprise enterprise;
  private boolean mayChangeRegistration;
  private boolean mayChangeContact;
  private List<JurisdictionOption> jurisdictions = List.of();

  private String name;
  private String licenseNo;
  private EnterpriseKind[] kinds = {};
  private boolean producesItself;
  private String jurisdictionCode;
  private RiskGrade riskGrade;
  private EnterpriseStatus status;

  private String address;
  private String phone;
  private String contactName;
  private String contactPhone;
  private String contactEmail;

  private String adminUsername;
  private String adminName;
  private String adminPhone;
  private String adminEmail;
  private String issuedPassword;
  private String issuedFor;

  /** On the first request: the enterprise in the caller's scope, or the 404 page. */
  public void load() throws IOException {
    Optional<Enterprise> found;
    try {
      found =
          id == null || id.isBlank()
              ? enterprises.findOwnEnterprise()
              : Optional.of(enterprises.getEnterprise(Long.parseLong(id.strip())));
    } catch (NotFoundException | NumberFormatException unknown) {
      found = Optional.empty();
    }
    if (found.isEmpty()) {
      FacesContext context = FacesContext.getCurrentInstance();
      context.getExternalContext().responseSendError(404, null);
      context.responseComplete();
      return;
    }
    show(found.get());
    if (mayChangeRegistration) {
      jurisdictions = JurisdictionOption.of(enterprises.findJurisdictionsInScope());
    }
  }

  /** Puts the enterprise as it now stands into the page and its forms. */
  private void show(Enterprise loaded) {
    enterprise = loaded;
    enterpriseId = loaded.getId();
    version = loaded.getVersion();
    mayChangeRegistration = enterprises.mayChangeRegistration(loaded);
    mayChangeContact = enterprises.mayChangeContact(loaded);
    name = loaded.getName();
    licenseNo = loaded.getLicenseNo() == null ? null : loaded.getLicenseNo().value();
    kinds = loaded.getKinds().toArray(EnterpriseKind[]::new);
    producesItself = loaded.getLicenseNo() != null;
    jurisdictionCode = loaded.getJurisdiction().getCode();
    riskGrade = loaded.getRiskGrade();
    status = loaded.getStatus();
    address = loaded.getAddress();
    phone = loaded.getPhone();
    contactName = loaded.getContactName();
    contactPhone = loaded.getContactPhone();
    contactEmail = loaded.getContactEmail();
  }

  public void saveRegistration() {
    if (attempt(
        () ->
            enterprises.changeRegistration(
                enterpriseId,
                version,
                new RegisteredFacts(
                    name,
                    licenseNo,
                    EnterpriseKinds.of(kinds),
                    producesItself,
                    jurisdictionCode,
                    riskGrade,
                    status)))) {
      PageMessages.info("personnel_enterprise.message.saved", enterprise.getName());
    }
  }

  public void saveContact() {
    if (attempt(
        () ->
            enterprises.changeContact(
                enterpriseId,
                version,
                new EnterpriseContact(address, phone, contactName, contactPhone, contactEmail)))) {
      PageMessages.info("personnel_enterprise.message.contactSaved");
    }
  }

  public void createAdministrator() {
    String username = adminUsername;
    try {
      issuedPassword =
          enterprises.createEnterpriseAdministrator(
              enterpriseId,
              new NewEnterpriseAdministrator(adminUsername, adminName, adminPhone, adminEmail));
      issuedFor = username;
      adminUsername = null;
      adminName = null;
      adminPhone = null;
      adminEmail = null;
      PageMessages.info("personnel_enterprise.message.accountCreated", username);
    } catch (BusinessException refusal) {
      PageMessages.error(refusal);
    }
  }

  public void clearIssuedPassword() {
    issuedPassword = null;
    issuedFor = null;
  }

  /**
   * Runs a change; on success shows the enterprise as saved (with its new version), on a refusal
   * keeps the forms as typed and the version they were loaded at.
   */
  private boolean attempt(Runnable change) {
    try {
      change.run();
      show(enterprises.getEnterprise(enterpriseId));
      return true;
    } catch (BusinessException refusal) {
      PageMessages.error(refusal);
      return false;
    }
  }

  /** The enterprise as last loaded (again after the view was restored from elsewhere). */
  public Enterprise getEnterprise() {
    if (enterprise == null && enterpriseId != 0) {
      enterprise = enterprises.getEnterprise(enterpriseId);
    }
    return enterprise;
  }

  public String getTitle() {
    Enterprise shown = getEnterprise();
    return shown == null ? PageMessages.text("personnel_enterprise.title") : shown.getName();
  }

  public EnterpriseKind[] getAllKinds() {
    return EnterpriseKind.values();
  }

  public RiskGrade[] getRiskGrades() {
    return RiskGrade.values();
  }

  public EnterpriseStatus[] getStatuses() {
    return EnterpriseStatus.values();
  }

  public List<JurisdictionOption> getJurisdictions() {
    return jurisdictions;
  }

  public boolean isMayChangeRegistration() {
    return mayChangeRegistration;
  }

  public boolean isMayChangeContact() {
    return mayChangeContact;
  }

  public long getVersion() {
    return version;
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getLicenseNo() {
    return licenseNo;
  }

  public void setLicenseNo(String licenseNo) {
    this.licenseNo = licenseNo;
  }

  public EnterpriseKind[] getKinds() {
    return kinds;
  }

  public void setKinds(EnterpriseKind[] kinds) {
    this.kinds = kinds;
  }

  public boolean isProducesItself() {
    return producesItself;
  }

  public void setProducesItself(boolean producesItself) {
    this.producesItself = producesItself;
  }

  public String getJurisdictionCode() {
    return jurisdictionCode;
  }

  public void setJurisdictionCode(String jurisdictionCode) {
    this.jurisdictionCode = jurisdictionCode;
  }

  public RiskGrade getRiskGrade() {
    return riskGrade;
  }

  public void setRiskGrade(RiskGrade riskGrade) {
    this.riskGrade = riskGrade;
  }

  public EnterpriseStatus getStatus() {
    return status;
  }

  public void setStatus(EnterpriseStatus status) {
    this.status = status;
  }

  public String getAddress() {
    return address;
  }

  public void setAddress(String address) {
    this.address = address;
  }

  public String getPhone() {
    return phone;
  }

  public void setPhone(String phone) {
    this.phone = phone;
  }

  public String getContactName() {
    return contactName;
  }

  public void setContactName(String contactName) {
    this.contactName = contactName;
  }

  public String getContactPhone() {
    return contactPhone;
  }

  public void setContactPhone(String contactPhone) {
    this.contactPhone = contactPhone;
  }

  public String getContactEmail() {
    return contactEmail;
  }

  public void setContactEmail(String contactEmail) {
    this.contactEmail = contactEmail;
  }

  public String getAdminUsername() {
    return adminUsername;
  }

  public void setAdminUsername(String adminUsername) {
    this.adminUsername = adminUsername;
  }

  public String getAdminName() {
    return adminName;
  }

  public void setAdminName(String adminName) {
    this.adminName = adminName;
  }

  public String getAdminPhone() {
    return adminPhone;
  }

  public void setAdminPhone(String adminPhone) {
    this.adminPhone = adminPhone;
  }

  public String getAdminEmail() {
    return adminEmail;
  }

  public void setAdminEmail(String adminEmail) {
    this.adminEmail = adminEmail;
  }

  public String getIssuedPassword() {
    return issuedPassword;
  }

  public String getIssuedFor() {
    return issuedFor;
  }
}
