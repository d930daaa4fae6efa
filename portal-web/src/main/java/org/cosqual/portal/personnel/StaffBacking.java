package org.cosqual.portal.personnel;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.cosqual.personnel.application.Caller;
import org.cosqual.personnel.application.EnterpriseService;
import org.cosqual.personnel.application.EnterpriseStaff;
import org.cosqual.personnel.application.FilingService;
import org.cosqual.personnel.application.StaffArchiveService;
import org.cosqual.personnel.domain.model.account.Permission;
import org.cosqual.personnel.domain.model.appointment.Appointment;
import org.cosqual.personnel.domain.model.enterprise.Enterprise;
import org.cosqual.personnel.domain.model.filing.Filing;
import org.cosqual.portal.shell.PageActions;
import org.cosqual.portal.shell.PageMessages;

/**
 * An enterprise's key staff: current and past appointments and its filings. Without an enterprise
 * parameter, an enterprise user sees their own.
 */
@Named("staff")
@RequestScoped
public class StaffBacking {

  @Inject StaffArchiveService archive;
  @Inject FilingService filingService;
  @Inject EnterpriseService enterpriseService;
  @Inject Caller caller;
  @Inject Clock clock;

  private Long enterpriseId;
  private Enterprise enterprise;
  private List<Appointment> appointments = List.of();
  private List<Filing> filings = List.of();

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
