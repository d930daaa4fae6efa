package org.cosqual.personnel.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.io.InputStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.cosqual.personnel.application.Caller;
import org.cosqual.personnel.application.StaffImportService;
import org.cosqual.personnel.application.StaffSheet;
import org.cosqual.personnel.application.internal.StaffRowCheck.Checked;
import org.cosqual.personnel.application.spreadsheet.ImportReport;
import org.cosqual.personnel.application.spreadsheet.RowCommitter;
import org.cosqual.personnel.application.spreadsheet.RowCommitter.Refusal;
import org.cosqual.personnel.application.spreadsheet.RowError;
import org.cosqual.personnel.application.spreadsheet.SheetContent;
import org.cosqual.personnel.application.spreadsheet.Spreadsheets;
import org.cosqual.personnel.domain.model.account.Permission;
import org.cosqual.personnel.domain.model.appointment.AppointmentRepository;
import org.cosqual.personnel.domain.model.appointment.KeyPositionRepository;
import org.cosqual.personnel.domain.model.enterprise.CreditCode;
import org.cosqual.personnel.domain.model.enterprise.Enterprise;
import org.cosqual.personnel.domain.model.enterprise.EnterpriseRepository;
import org.cosqual.personnel.domain.model.person.IdNumberProtector;
import org.cosqual.personnel.domain.model.person.PersonRepository;
import org.cosqual.personnel.domain.shared.BusinessException;

/**
 * Reads and checks the whole file without a transaction, then records the valid rows in batches of
 * their own; the rows of a batch that fails are recorded again one by one, so a row refused by the
 * archive rules (one-licence-one-person, a second officer, a ban) costs no other row and is
 * reported with its reason.
 */
@ApplicationScoped
@Transactional(TxType.NOT_SUPPORTED)
public class DefaultStaffImportService implements StaffImportService {

  /**
   * Each row looks the person and the post's holders up, and each lookup flushes the batch so far,
   * at a cost that grows with the batch: small batches keep a large file linear.
   */
  static final int BATCH_SIZE = 50;

  @Inject Spreadsheets spreadsheets;
  @Inject EnterpriseRepository enterprises;
  @Inject AppointmentRepository appointments;
  @Inject PersonRepository persons;
  @Inject IdNumberProtector protector;
  @Inject StaffRecorder recorder;
  @Inject RowCommitter committer;
  @Inject ArchiveScope scope;
  @Inject KeyPositionRepository positions;
  @Inject Caller caller;
  @Inject Clock clock;

  @Override
  public ImportReport importStaff(InputStream xlsx, Function<String, String> labels) {
    caller.require(Permission.FILING_REVIEW);
    String subtree = scope.regulatorSubtree();
    StaffSheet sheet = new StaffSheet(positions.findAll());
    SheetContent content = spreadsheets.read(xlsx, sheet.layout(), sheet.labels(labels));
    Map<CreditCode, Enterprise> inScope =
        enterprises.findInSubtree(subtree).stream()
            .collect(Collectors.toMap(Enterprise::getCreditCode, Function.identity()));
    StaffRowCheck check =
        new StaffRowCheck(
            inScope, new HashSet<>(appointments.findKeysInSubtree(subtree)), protector, clock);
    List<RowError> errors = new ArrayList<>(content.errors());
    List<Checked> valid = new ArrayList<>();
    int unchanged = 0;
    for (var row : content.rows()) {
      Checked checked = check.check(row);
      errors.addAll(checked.errors());
      if (checked.unchanged()) {
        unchanged++;
      } else if (checked.errors().isEmpty()) {
        valid.add(checked);
      }
    }
    List<Checked> toRecord = markWhoMayBeArchived(valid);
    List<Refusal<Checked>> refused =
        committer.commit(
            toRecord,
            BATCH_SIZE,
            recorder::record,
            row -> recorder.record(row.mayBeArchived(true)));
    for (Refusal<Checked> refusal : refused) {
      int row = refusal.item().row();
      errors.add(
          refusal.cause() instanceof BusinessException b
              ? RowError.of(row, null, b.getMessageKey(), b.getArguments())
              : RowError.of(row, null, "error.spreadsheet.rowNotSaved"));
    }
    return new ImportReport(valid.size() - refused.size(), unchanged, errors);
  }

  /** One query for the whole file tells which people are archived already. */
  private List<Checked> markWhoMayBeArchived(List<Checked> rows) {
    Set<String> archived =
        persons.findArchivedHashes(
            rows.stream()
                .map(r -> r.particulars().getIdNumber().hash())
                .collect(Collectors.toSet()));
    Set<String> earlier = new HashSet<>();
    return rows.stream()
        .map(
            r -> {
              String hash = r.particulars().getIdNumber().hash();
              return r.mayBeArchived(archived.contains(hash) | !earlier.add(hash));
            })
        .toList();
  }
}
