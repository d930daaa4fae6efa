package org.cosqual.portal.personnel;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import org.cosqual.personnel.application.Caller;
import org.cosqual.personnel.application.EnterpriseContact;
import org.cosqual.personnel.application.EnterpriseService;
import org.cosqual.personnel.application.NewEnterpriseAdministrator;
import org.cosqual.personnel.application.RegisteredFacts;
import org.cosqual.personnel.application.RegistrationChangeService;
import org.cosqual.personnel.domain.model.account.Permission;
import org.cosqual.personnel.domain.model.enterprise.Enterprise;
import org.cosqual.personnel.domain.model.enterprise.EnterpriseKind;
import org.cosqual.personnel.domain.model.enterprise.EnterpriseStatus;
import org.cosqual.personnel.domain.model.enterprise.RegistrationChange;
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
  @Inject transient RegistrationChangeService registrationChanges;
  @Inject transient Caller caller;

  private String id;
  private long enterpriseId;
  private long version;
  private transient Enterprise enterprise;
  private boolean mayChangeRegistration;
  private boolean mayChangeContact;
  private List<JurisdictionOption> jurisdictions = List.of();

  private Facts facts = new Facts();
  private Contact contact = new Contact();
  private Administrator administrator = new Administrator();
  private Facts request = new Facts();
  private String requestNote;
  private String returnReason;
  private transient List<RegistrationChange> changes;
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
    facts = Facts.of(loaded);
    contact = Contact.of(loaded);
    request = Facts.of(loaded);
    changes = null;
  }

  /** The enterprise administrator asks for new registered facts; a regulator decides. */
  public void requestChange() {
    boolean done =
        attempt(
            () ->
                registrationChanges.requestChange(
                    enterpriseId,
                    request.getName(),
                    request.getLicenseNo(),
                    request.chosenKinds(),
                    request.isProducesItself(),
                    requestNote));
    if (done) {
      requestNote = null;
      PageMessages.info("personnel_enterprise.message.changeRequested");
    }
  }

  public void approveChange(RegistrationChange change) {
    if (attempt(
        () -> registrationChanges.approveChange(change.getId(), change.getVersion(), null))) {
      PageMessages.info("personnel_enterprise.message.changeApproved", change.getId());
    }
  }

  public void returnChange(RegistrationChange change) {
    if (attempt(
        () ->
            registrationChanges.returnChange(change.getId(), change.getVersion(), returnReason))) {
      returnReason = null;
      PageMessages.info("personnel_enterprise.message.changeReturned", change.getId());
    }
  }

  /** The enterprise's requests to change its registered facts, newest first. */
  public List<RegistrationChange> getChanges() {
    if (changes == null) {
      changes = registrationChanges.findEnterpriseChanges(enterpriseId);
    }
    return changes;
  }

  public boolean isMayReviewChanges() {
    return mayChangeRegistration && caller.has(Permission.FILING_REVIEW);
  }

  public Facts getRequest() {
    return request;
  }

  public String getRequestNote() {
    return requestNote;
  }

  public void setRequestNote(String requestNote) {
    this.requestNote = requestNote;
  }

  public String getReturnReason() {
    return returnReason;
  }

  public void setReturnReason(String returnReason) {
    this.returnReason = returnReason;
  }

  public void saveRegistration() {
    if (attempt(() -> enterprises.changeRegistration(enterpriseId, version, facts.toFacts()))) {
      PageMessages.info("personnel_enterprise.message.saved", enterprise.getName());
    }
  }

  public void saveContact() {
    if (attempt(() -> enterprises.changeContact(enterpriseId, version, contact.toContact()))) {
      PageMessages.info("personnel_enterprise.message.contactSaved");
    }
  }

  public void createAdministrator() {
    try {
      issuedPassword =
          enterprises.createEnterpriseAdministrator(enterpriseId, administrator.toAdministrator());
      issuedFor = administrator.getUsername();
      administrator = new Administrator();
      PageMessages.info("personnel_enterprise.message.accountCreated", issuedFor);
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

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public Facts getFacts() {
    return facts;
  }

  public Contact getContact() {
    return contact;
  }

  public Administrator getAdministrator() {
    return administrator;
  }

  public String getIssuedPassword() {
    return issuedPassword;
  }

  public String getIssuedFor() {
    return issuedFor;
  }

  /** The regulator's form: the registered facts, risk grade and status. */
  public static class Facts extends EnterpriseFactsForm {

    private static final long serialVersionUID = 1L;

    private RiskGrade riskGrade;
    private EnterpriseStatus status;

    static Facts of(Enterprise enterprise) {
      Facts form = new Facts();
      form.setName(enterprise.getName());
      form.setLicenseNo(
          enterprise.getLicenseNo() == null ? null : enterprise.getLicenseNo().value());
      form.setKinds(enterprise.getKinds().toArray(EnterpriseKind[]::new));
      form.setProducesItself(enterprise.getLicenseNo() != null);
      form.setJurisdictionCode(enterprise.getJurisdiction().getCode());
      form.riskGrade = enterprise.getRiskGrade();
      form.status = enterprise.getStatus();
      return form;
    }

    RegisteredFacts toFacts() {
      return new RegisteredFacts(
          getName(),
          getLicenseNo(),
          chosenKinds(),
          isProducesItself(),
          getJurisdictionCode(),
          riskGrade,
          status);
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
  }

  /** The enterprise administrator's form: the contact details. */
  public static class Contact implements Serializable {

    private static final long serialVersionUID = 1L;

    private String address;
    private String phone;
    private String contactName;
    private String contactPhone;
    private String contactEmail;

    static Contact of(Enterprise enterprise) {
      Contact form = new Contact();
      form.address = enterprise.getAddress();
      form.phone = enterprise.getPhone();
      form.contactName = enterprise.getContactName();
      form.contactPhone = enterprise.getContactPhone();
      form.contactEmail = enterprise.getContactEmail();
      return form;
    }

    EnterpriseContact toContact() {
      return new EnterpriseContact(address, phone, contactName, contactPhone, contactEmail);
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
  }

  /** The regulator's form for the enterprise administrator account. */
  public static class Administrator implements Serializable {

    private static final long serialVersionUID = 1L;

    private String username;
    private String personName;
    private String phone;
    private String email;

    NewEnterpriseAdministrator toAdministrator() {
      return new NewEnterpriseAdministrator(username, personName, phone, email);
    }

    public String getUsername() {
      return username;
    }

    public void setUsername(String username) {
      this.username = username;
    }

    public String getPersonName() {
      return personName;
    }

    public void setPersonName(String personName) {
      this.personName = personName;
    }

    public String getPhone() {
      return phone;
    }

    public void setPhone(String phone) {
      this.phone = phone;
    }

    public String getEmail() {
      return email;
    }

    public void setEmail(String email) {
      this.email = email;
    }
  }
}
