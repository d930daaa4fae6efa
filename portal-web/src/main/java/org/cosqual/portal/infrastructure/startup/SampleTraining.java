package org.cosqual.portal.infrastructure.startup;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVRecord;
import org.cosqual.personnel.application.AccountService;
import org.cosqual.personnel.application.AccountSummary;
import org.cosqual.personnel.application.CallerIdentity;
import org.cosqual.personnel.application.SignInService;
import org.cosqual.portal.security.CurrentCaller;
import org.cosqual.training.application.ExternalTrainingReport;
import org.cosqual.training.application.TrainingLedgerService;
import org.cosqual.training.domain.model.ledger.HourEntry;

/**
 * Demo training hours from {@code sample/training.csv}: each regulator reports training elsewhere
 * with the sample certificate, and the province's administrator approves or rejects it, so the
 * progress bars and the completion report have something to show. Dates count back from today.
 * Skipped once the first row's regulator has any entry this year.
 */
@ApplicationScoped
public class SampleTraining {

  private static final String APPROVER = "provadmin";

  @Inject CurrentCaller caller;
  @Inject AccountService accounts;
  @Inject SignInService signIn;
  @Inject TrainingLedgerService ledger;
  @Inject Clock clock;

  void seed(List<CSVRecord> rows) {
    caller.actAs(CallerIdentity.system());
    Map<String, Long> accountIds =
        accounts.listAccounts().stream()
            .collect(Collectors.toMap(AccountSummary::username, AccountSummary::id));
    LocalDate today = LocalDate.now(clock);
    actAs(accountIds, rows.get(0).get("username"));
    if (!ledger.myTraining(today.getYear()).ledger().entries().isEmpty()) {
      return;
    }
    for (CSVRecord row : rows) {
      actAs(accountIds, row.get("username"));
      HourEntry entry =
          ledger.reportExternalTraining(
              new ExternalTrainingReport(
                  row.get("title"),
                  row.get("provider"),
                  today.minusDays(Long.parseLong(row.get("daysAgo"))),
                  new BigDecimal(row.get("hours")),
                  row.get("category"),
                  certificate()));
      actAs(accountIds, APPROVER);
      switch (row.get("decision")) {
        case "APPROVED" -> ledger.approveEntry(entry.getId(), entry.getVersion());
        case "REJECTED" -> ledger.rejectEntry(entry.getId(), entry.getVersion(), row.get("reason"));
        case "PENDING" -> {
          // left for the administrators' queue
        }
        default ->
            throw new IllegalArgumentException("Unknown decision in sample/training.csv: " + row);
      }
    }
    caller.actAs(CallerIdentity.system());
  }

  private void actAs(Map<String, Long> accountIds, String username) {
    caller.actAs(signIn.callerFor(accountIds.get(username), "127.0.0.1"));
  }

  private long certificate() {
    try (InputStream in = SampleTraining.class.getResourceAsStream("/sample/certificate.pdf")) {
      return ledger.uploadEvidence("certificate.pdf", in).getId();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
