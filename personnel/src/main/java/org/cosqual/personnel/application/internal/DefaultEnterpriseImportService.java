package org.cosqual.personnel.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.io.InputStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.cosqual.personnel.application.Caller;
import org.cosqual.personnel.application.EnterpriseImportService;
import org.cosqual.personnel.application.EnterpriseService;
import org.cosqual.personnel.application.EnterpriseSheet;
import org.cosqual.personnel.application.internal.EnterpriseRowCheck.Checked;
import org.cosqual.personnel.application.spreadsheet.ImportReport;
import org.cosqual.personnel.application.spreadsheet.RowCommitter;
import org.cosqual.personnel.application.spreadsheet.RowCommitter.Refusal;
import org.cosqual.personnel.application.spreadsheet.RowError;
import org.cosqual.personnel.application.spreadsheet.SheetContent;
import org.cosqual.personnel.application.spreadsheet.Spreadsheets;
import org.cosqual.personnel.domain.model.account.Permission;
import org.cosqual.personnel.domain.model.enterprise.CreditCode;
import org.cosqual.personnel.domain.model.enterprise.RegisteredCreditCodes;
import org.cosqual.personnel.domain.model.jurisdiction.JurisdictionRepository;
import org.cosqual.personnel.domain.shared.BusinessException;

/**
 * Reads and checks the whole file without a transaction, then registers the valid rows in batches
 * of their own through {@link EnterpriseRegistrar}; the rows of a batch that fails are registered
 * again one by one through {@link EnterpriseService}, with every check, so the refusal is precise.
 */
@ApplicationScoped
@Transactional(TxType.NOT_SUPPORTED)
public class DefaultEnterpriseImportService implements EnterpriseImportService {

  @Inject Spreadsheets spreadsheets;
  @Inject EnterpriseService enterprises;
  @Inject EnterpriseRegistrar registrar;
  @Inject JurisdictionRepository jurisdictions;
  @Inject RegisteredCreditCodes registeredCodes;
  @Inject RowCommitter committer;
  @Inject Caller caller;
  @Inject Clock clock;

  @Override
  public ImportReport importEnterprises(InputStream xlsx, Function<String, String> labels) {
    caller.require(Permission.ENTERPRISE_REGISTER);
    SheetContent content = spreadsheets.read(xlsx, EnterpriseSheet.LAYOUT, labels);
    Set<CreditCode> registered =
        registeredCodes.among(
            content.rows().stream()
                .map(EnterpriseRowCheck::creditCodeOf)
                .filter(Objects::nonNull)
                .toList());
    EnterpriseRowCheck check =
        new EnterpriseRowCheck(
            jurisdictions.findAll(), caller.jurisdictionPath().orElse(""), registered, clock);
    List<RowError> errors = new ArrayList<>(content.errors());
    List<Checked> valid = new ArrayList<>();
    int unchanged = 0;
    for (var row : content.rows()) {
      Checked checked = check.check(row);
      errors.addAll(checked.errors());
      if (checked.unchanged()) {
        unchanged++;
      } else if (checked.registration() != null) {
        valid.add(checked);
      }
    }
    int created = valid.size();
    List<Refusal<Checked>> refused =
        committer.commit(
            valid,
            c -> registrar.register(c.registration(), c.jurisdictionId()),
            c -> enterprises.registerEnterprise(c.registration()));
    for (Refusal<Checked> refusal : refused) {
      created--;
      if (refusal.cause() instanceof BusinessException b
          && "error.enterprise.creditCodeTaken".equals(b.getMessageKey())) {
        // registered meanwhile (another import of the same file): as idempotent as a re-import
        unchanged++;
      } else {
        errors.add(rowNotSaved(refusal));
      }
    }
    return new ImportReport(created, unchanged, errors);
  }

  private static RowError rowNotSaved(Refusal<Checked> refusal) {
    int row = refusal.item().row();
    return refusal.cause() instanceof BusinessException b
        ? EnterpriseRowCheck.error(row, b)
        : RowError.of(row, null, "error.spreadsheet.rowNotSaved");
  }
}
