package org.cosqual.portal.personnel;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Locale;
import org.cosqual.personnel.application.Caller;
import org.cosqual.personnel.application.StaffArchive;
import org.cosqual.personnel.application.StaffArchiveService;
import org.cosqual.personnel.application.SupervisionService;
import org.cosqual.personnel.domain.model.account.Permission;
import org.cosqual.personnel.domain.model.appointment.Appointment;
import org.cosqual.personnel.domain.model.supervision.DutyRating;
import org.cosqual.portal.personnel.pdf.ArchiveCardPdf;
import org.cosqual.portal.shell.KeyPositionLabels;
import org.cosqual.portal.shell.PageActions;
import org.cosqual.portal.shell.PageMessages;
import org.omnifaces.util.Faces;

/**
 * A person's archive: particulars with the id number masked (a regulator administrator may reveal
 * it, audited), the qualification check, appointments, filings, sanctions, duty records and what
 * other modules add; regulators record sanctions and duty records, the enterprise administrator
 * opens the person's account.
 */
@Named("person")
@ViewScoped
public class PersonBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient StaffArchiveService archive;
  @Inject transient SupervisionService supervision;
  @Inject transient Caller caller;
  @Inject transient ArchiveCardPdf card;
  @Inject transient KeyPositionLabels keyPositions;

  private Long id;
  private StaffArchive staffArchive;
  private String revealedIdNumber;

  private String username;
  private String issuedPassword;

  private Long sanctionEnterpriseId;
  private String decisionNo;
  private LocalDate decidedOn;
  private String legalBasis;
  private LocalDate banUntil;

  private Long dutyEnterpriseId;
  private LocalDate inspectedOn;
  private String inspector;
  private String finding;
  private DutyRating rating;

  public void load() {
    if (staffArchive == null) {
      PageActions.attempt(this::reload);
    }
  }

  private void reload() {
    staffArchive = archive.getArchive(id);
  }

  /** The archive card as a PDF, with the id number masked, read afresh for the download. */
  public void downloadCard() throws IOException {
    StaffArchive fresh = archive.getArchive(id);
    Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
    Faces.sendFile(
        card.render(fresh, locale, keyPositions.names(locale)), card.fileName(fresh, locale), true);
  }

  public void revealIdNumber() {
    PageActions.attempt(() -> revealedIdNumber = archive.revealIdNumber(id).value());
  }

  public void createAccount() {
    String name = username;
    if (PageActions.attempt(() -> issuedPassword = archive.createStaffAccount(id, name))) {
      PageMessages.info("personnel_person.message.accountCreated", name);
      PageActions.attempt(this::reload);
    }
  }

  public void recordSanction() {
    boolean done =
        PageActions.attempt(
            () ->
                supervision.recordSanction(
                    id, sanctionEnterpriseId, decisionNo, decidedOn, legalBasis, banUntil));
    if (done) {
      PageMessages.info("personnel_person.message.sanctionRecorded", decisionNo);
      decisionNo = null;
      decidedOn = null;
      legalBasis = null;
      banUntil = null;
      PageActions.attempt(this::reload);
    }
  }

  public void recordDutyRecord() {
    boolean done =
        PageActions.attempt(
            () ->
                supervision.recordDutyRecord(
                    id, dutyEnterpriseId, inspectedOn, inspector, finding, rating));
    if (done) {
      PageMessages.info("personnel_person.message.dutyRecorded", inspectedOn);
      inspectedOn = null;
      finding = null;
      rating = null;
      PageActions.attempt(this::reload);
    }
  }

  public boolean isCanReveal() {
    return caller.has(Permission.ID_NUMBER_REVEAL);
  }

  public boolean isCanRecord() {
    return caller.has(Permission.SUPERVISION_RECORD);
  }

  public boolean isCanCreateAccount() {
    return caller.has(Permission.ENTERPRISE_OWN)
        && staffArchive != null
        && !staffArchive.hasAccount()
        && staffArchive.appointments().stream()
            .map(Appointment::getEnterprise)
            .anyMatch(
                e ->
                    caller.organisationId().map(e.getOrganisation().getId()::equals).orElse(false));
  }

  public DutyRating[] getRatings() {
    return DutyRating.values();
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public StaffArchive getArchive() {
    return staffArchive;
  }

  public String getRevealedIdNumber() {
    return revealedIdNumber;
  }

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
  }

  public String getIssuedPassword() {
    return issuedPassword;
  }

  public Long getSanctionEnterpriseId() {
    return sanctionEnterpriseId;
  }

  public void setSanctionEnterpriseId(Long sanctionEnterpriseId) {
    this.sanctionEnterpriseId = sanctionEnterpriseId;
  }

  public String getDecisionNo() {
    return decisionNo;
  }

  public void setDecisionNo(String decisionNo) {
    this.decisionNo = decisionNo;
  }

  public LocalDate getDecidedOn() {
    return decidedOn;
  }

  public void setDecidedOn(LocalDate decidedOn) {
    this.decidedOn = decidedOn;
  }

  public String getLegalBasis() {
    return legalBasis;
  }

  public void setLegalBasis(String legalBasis) {
    this.legalBasis = legalBasis;
  }

  public LocalDate getBanUntil() {
    return banUntil;
  }

  public void setBanUntil(LocalDate banUntil) {
    this.banUntil = banUntil;
  }

  public Long getDutyEnterpriseId() {
    return dutyEnterpriseId;
  }

  public void setDutyEnterpriseId(Long dutyEnterpriseId) {
    this.dutyEnterpriseId = dutyEnterpriseId;
  }

  public LocalDate getInspectedOn() {
    return inspectedOn;
  }

  public void setInspectedOn(LocalDate inspectedOn) {
    this.inspectedOn = inspectedOn;
  }

  public String getInspector() {
    return inspector;
  }

  public void setInspector(String inspector) {
    this.inspector = inspector;
  }

  public String getFinding() {
    return finding;
  }

  public void setFinding(String finding) {
    this.finding = finding;
  }

  public DutyRating getRating() {
    return rating;
  }

  public void setRating(DutyRating rating) {
    this.rating = rating;
  }
}
