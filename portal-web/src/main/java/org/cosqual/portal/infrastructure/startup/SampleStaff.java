package org.cosqual.portal.infrastructure.startup;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVRecord;
import org.cosqual.personnel.application.AccountService;
import org.cosqual.personnel.application.CallerIdentity;
import org.cosqual.personnel.application.EnterpriseService;
import org.cosqual.personnel.application.FiledParticulars;
import org.cosqual.personnel.application.FilingService;
import org.cosqual.personnel.application.StaffArchiveService;
import org.cosqual.personnel.domain.model.account.Role;
import org.cosqual.personnel.domain.model.appointment.Appointment;
import org.cosqual.personnel.domain.model.appointment.KeyPosition;
import org.cosqual.personnel.domain.model.enterprise.Enterprise;
import org.cosqual.personnel.domain.model.filing.Filing;
import org.cosqual.personnel.domain.model.person.Degree;
import org.cosqual.personnel.domain.model.person.ExperienceArea;
import org.cosqual.personnel.domain.model.person.IdType;
import org.cosqual.personnel.domain.model.person.Industry;
import org.cosqual.personnel.domain.model.person.MajorField;
import org.cosqual.personnel.domain.model.review.ReviewState;
import org.cosqual.portal.security.CurrentCaller;

/**
 * Demo key staff from {@code sample/staff.csv}, filed as each enterprise's administrator would and
 * approved by the system, so every archive rule applies; a row with an end date also has its
 * departure filed and approved, and rows marked PENDING stay in the regulators' queue. The demo
 * key-staff accounts of {@code sample/accounts.csv} are then opened from their holders' archives by
 * the enterprise's administrator, and each holder replaces the one-time password with the demo
 * password, as at a first sign-in. Skipped once any demo enterprise has a filing.
 */
@ApplicationScoped
public class SampleStaff {

  private static final String APPROVED = "APPROVED";

  @Inject CurrentCaller caller;
  @Inject EnterpriseService enterprises;
  @Inject FilingService filings;
  @Inject StaffArchiveService staff;
  @Inject AccountService accounts;
  @Inject DemoCallers callers;

  void seed(List<CSVRecord> rows, List<CSVRecord> staffAccounts) {
    caller.actAs(CallerIdentity.system());
    Map<String, Enterprise> byCreditCode =
        enterprises.findVisibleEnterprises().stream()
            .collect(Collectors.toMap(e -> e.getCreditCode().value(), Function.identity()));
    boolean seeded =
        byCreditCode.values().stream()
            .anyMatch(e -> !filings.findEnterpriseFilings(e.getId()).isEmpty());
    if (seeded) {
      return;
    }
    for (CSVRecord row : rows) {
      Enterprise enterprise = byCreditCode.get(row.get("enterprise"));
      caller.actAs(administratorOf(enterprise));
      Filing filing =
          filings.fileAppointment(
              enterprise.getId(),
              new KeyPosition(row.get("position")),
              particulars(row),
              LocalDate.parse(row.get("from")),
              null,
              null);
      caller.actAs(CallerIdentity.system());
      if (row.get("state").equals(APPROVED)) {
        filings.approveFiling(filing.getId(), filing.getVersion(), null);
        if (!row.get("until").isEmpty()) {
          fileDeparture(enterprise, row);
        }
      } else if (!row.get("state").equals(ReviewState.PENDING.name())) {
        throw new IllegalArgumentException("Unknown state in sample/staff.csv: " + row);
      }
    }
    staffAccounts.forEach(
        account -> openAccount(byCreditCode.get(account.get("organisation")), account));
    caller.actAs(CallerIdentity.system());
  }

  /**
   * Opens a key-staff account (a row of {@code sample/accounts.csv}) for the person of that name
   * appointed at the enterprise, as its administrator does from the person's page; the holder then
   * sets the demo password, so the account needs no password change at its first sign-in.
   */
  private void openAccount(Enterprise enterprise, CSVRecord account) {
    caller.actAs(CallerIdentity.system());
    long personId =
        staff.getEnterpriseStaff(enterprise.getId()).appointments().stream()
            .filter(a -> a.getPerson().getName().equals(account.get("person")))
            .findFirst()
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "No appointment in sample/staff.csv for the account " + account))
            .getPerson()
            .getId();
    caller.actAs(administratorOf(enterprise));
    String oneTime = staff.createStaffAccount(personId, account.get("username"));
    callers.actAs(account.get("username"));
    accounts.changeOwnPassword(oneTime.toCharArray(), account.get("password").toCharArray());
  }

  /** A departure filed and approved: the archive keeps the ended appointment as history. */
  private void fileDeparture(Enterprise enterprise, CSVRecord row) {
    Appointment appointment =
        staff.getEnterpriseStaff(enterprise.getId()).appointments().stream()
            .filter(a -> a.getPerson().getName().equals(row.get("name")))
            .findFirst()
            .orElseThrow();
    caller.actAs(administratorOf(enterprise));
    Filing departure =
        filings.fileDeparture(appointment.getId(), LocalDate.parse(row.get("until")), null);
    caller.actAs(CallerIdentity.system());
    filings.approveFiling(departure.getId(), departure.getVersion(), null);
  }

  private static CallerIdentity administratorOf(Enterprise enterprise) {
    return new CallerIdentity(
        null,
        CallerIdentity.SYSTEM,
        Set.of(Role.ENTERPRISE_ADMIN),
        Role.ENTERPRISE_ADMIN.permissions(),
        enterprise.getOrganisation().getJurisdiction().getPath(),
        enterprise.getOrganisation().getId(),
        "localhost");
  }

  private static FiledParticulars particulars(CSVRecord row) {
    String year = row.get("graduationYear");
    return new FiledParticulars(
        row.get("name"),
        row.get("phone"),
        null,
        IdType.valueOf(row.get("idType")),
        row.get("idNumber"),
        null,
        null,
        Degree.valueOf(row.get("degree")),
        row.get("major"),
        MajorField.valueOf(row.get("majorField")),
        row.get("school"),
        year.isEmpty() ? null : Integer.valueOf(year),
        row.get("title"),
        Arrays.stream(row.get("experiences").split(";")).map(SampleStaff::experience).toList());
  }

  /** employer|from|to|industry|area|position, the end blank for a job that goes on. */
  private static FiledParticulars.Experience experience(String entry) {
    String[] f = entry.split("\\|", -1);
    return new FiledParticulars.Experience(
        f[0],
        LocalDate.parse(f[1]),
        f[2].isEmpty() ? null : LocalDate.parse(f[2]),
        Industry.valueOf(f[3]),
        ExperienceArea.valueOf(f[4]),
        f[5]);
  }
}
