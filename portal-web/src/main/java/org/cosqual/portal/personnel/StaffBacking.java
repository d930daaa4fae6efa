package org.cosqual.portal.personnel;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.cosqual.personnel.application.Caller;
import org.cosqual.personnel.application.EnterpriseService;
import org.cosqual.personnel.application.EnterpriseStaff;
import org.cosqual.personnel.application.FilingService;
import org.cosqual.personnel.application.KeyPositionService;
import org.cosqual.personnel.application.StaffArchiveService;
import org.cosqual.personnel.application.StaffSheet;
import org.cosqual.personnel.application.spreadsheet.Spreadsheets;
import org.cosqual.personnel.domain.model.account.Permission;
import org.cosqual.personnel.domain.model.appointment.Appointment;
import org.cosqual.personnel.domain.model.enterprise.Enterprise;
import org.cosqual.personnel.domain.model.filing.Filing;
import org.cosqual.personnel.domain.model.person.Particulars;
import org.cosqual.personnel.domain.model.person.Person;
import org.cosqual.portal.shell.FileDownload;
import org.cosqual.portal.shell.PageActions;
import org.cosqual.portal.shell.PageMessages;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * An enterprise's key staff: current and past appointments and its filings. Without an enterprise
 * parameter, an enterprise user sees their own.
 */
@Named("staff")
@ViewScoped
public class StaffBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient StaffArchiveService archive;
  @Inject transient FilingService filingService;
  @Inject transient EnterpriseService enterpriseService;
  @Inject transient Caller caller;
  @Inject transient Clock clock;
  @Inject transient Spreadsheets spreadsheets;
  @Inject transient KeyPositionService keyPositions;

  private Long enterpriseId;
  private transient Enterprise enterprise;
  private transient List<Appointment> appointments = List.of();
  private transient List<Filing> filings = List.of();

  public void load() {
    if (enterpriseId == null) {
      Optional<Enterprise> own = enterpriseService.findOwnEnterprise();
      if (own.isEmpty()) {
        PageMessages.error("personnel_staff.message.chooseEnterprise");
        return;
      }
      enterpriseId = own.get().getId();
    }
    PageActions.attempt(
        () -> {
          EnterpriseStaff staff = archive.getEnterpriseStaff(enterpriseId);
          enterprise = staff.enterprise();
          appointments = staff.appointments();
          filings = filingService.findEnterpriseFilings(enterpriseId);
        });
  }

  /** The enterprise's appointments as an xlsx, id numbers masked. */
  public StreamedContent getExport() {
    StaffSheet sheet = new StaffSheet(keyPositions.findAll());
    List<List<?>> rows =
        appointments.stream()
            .<List<?>>map(
                a -> {
                  Person person = a.getPerson();
                  Particulars p = person.getParticulars();
                  return Arrays.asList(
                      a.getEnterprise().getCreditCode().value(),
                      StaffSheet.optionKey(a.getPosition()),
                      a.getTerm().getFrom(),
                      a.getTerm().getTo(),
                      person.getName(),
                      p == null ? null : p.getIdNumber().type(),
                      p == null ? null : p.getIdNumber().masked(),
                      person.getPhone(),
                      p == null ? null : p.getEducation().getDegree(),
                      p == null ? null : p.getEducation().getMajor(),
                      p == null ? null : p.getEducation().getMajorField(),
                      p == null ? null : p.getProfessionalTitle());
                })
            .toList();
    return DefaultStreamedContent.builder()
        .name(enterprise.getName() + "-" + PageMessages.text("personnel_staff.title") + ".xlsx")
        .contentType(FileDownload.XLSX)
        .writer(
            out ->
                spreadsheets.writeList(
                    sheet.exportLayout(), sheet.labels(PageMessages::text), rows, out))
        .build();
  }

  /** Current, or starting later: a change or a departure can still be filed. */
  public boolean isOpen(Appointment appointment) {
    LocalDate today = LocalDate.now(clock);
    return appointment.getTerm().getTo() == null || !appointment.getTerm().getTo().isBefore(today);
  }

  /** The enterprise's own administrator files; regulators review. */
  public boolean isCanFile() {
    return caller.has(Permission.FILING_SUBMIT) && enterprise != null;
  }

  public Long getEnterpriseId() {
    return enterpriseId;
  }

  public void setEnterpriseId(Long enterpriseId) {
    this.enterpriseId = enterpriseId;
  }

  public Enterprise getEnterprise() {
    return enterprise;
  }

  public List<Appointment> getAppointments() {
    return appointments;
  }

  public List<Filing> getFilings() {
    return filings;
  }
}
