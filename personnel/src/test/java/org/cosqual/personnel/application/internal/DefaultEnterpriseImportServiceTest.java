package org.cosqual.personnel.application.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cosqual.personnel.application.CallerIdentity;
import org.cosqual.personnel.application.EnterpriseSheet;
import org.cosqual.personnel.application.RecordingAuditTrail;
import org.cosqual.personnel.application.spreadsheet.Column;
import org.cosqual.personnel.application.spreadsheet.ImportReport;
import org.cosqual.personnel.domain.model.account.Role;
import org.cosqual.personnel.domain.model.audit.AuditAction;
import org.cosqual.personnel.domain.model.enterprise.Enterprise;
import org.cosqual.personnel.domain.model.enterprise.EnterpriseKind;
import org.cosqual.personnel.domain.model.enterprise.FakeEnterpriseRepository;
import org.cosqual.personnel.domain.model.enterprise.FakeRegisteredCreditCodes;
import org.cosqual.personnel.domain.model.jurisdiction.FakeJurisdictionRepository;
import org.cosqual.personnel.domain.model.organisation.FakeOrganisationRepository;
import org.cosqual.personnel.domain.shared.AccessDeniedException;
import org.cosqual.personnel.domain.shared.BusinessException;
import org.cosqual.personnel.infrastructure.spreadsheet.Workbooks;
import org.cosqual.personnel.infrastructure.spreadsheet.XlsxSpreadsheets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DefaultEnterpriseImportServiceTest {

  private static final Map<String, String> LABELS = new HashMap<>();

  static {
    LABELS.put(EnterpriseSheet.NAME, "Name");
    LABELS.put(EnterpriseSheet.CREDIT_CODE, "Credit code");
    LABELS.put(EnterpriseSheet.LICENSE_NO, "Licence");
    LABELS.put(EnterpriseSheet.KINDS, "Kinds");
    LABELS.put(EnterpriseSheet.PRODUCES_ITSELF, "Produces itself");
    LABELS.put(EnterpriseSheet.JURISDICTION, "Jurisdiction");
    LABELS.put(EnterpriseSheet.ADDRESS, "Address");
    LABELS.put("EnterpriseKind.REGISTRANT", "Registrant");
    LABELS.put("EnterpriseKind.FILER", "Filer");
    LABELS.put("EnterpriseKind.CONTRACT_MANUFACTURER", "Contract manufacturer");
    LABELS.put(Column.YES, "Yes");
    LABELS.put(Column.NO, "No");
    LABELS.put(Column.SEPARATORS, ";");
  }

  /** The test rows: the seven columns of the sheet, then the outcome each row must have. */
  private static final List<String[]> ROWS = rows("enterprise-import.csv");

  private final DefaultEnterpriseImportService importer = new DefaultEnterpriseImportService();
  private final FakeEnterpriseRepository register = new FakeEnterpriseRepository();
  private final RecordingAuditTrail audit = new RecordingAuditTrail();
  private CallerIdentity regulator;

  @BeforeEach
  void setUp() {
    DefaultOrganisationService tree = new DefaultOrganisationService();
    tree.jurisdictions = new FakeJurisdictionRepository();
    tree.organisations = new FakeOrganisationRepository();
    tree.caller = CallerIdentity.system();
    tree.createJurisdiction("64", "Ningxia", null);
    String cityPath = tree.createJurisdiction("6401", "Yinchuan", "64").getPath();
    tree.createJurisdiction("6402", "Shizuishan", "64");
    tree.createJurisdiction("640104", "Riverside", "6401");
    tree.createJurisdiction("640205", "Riverside", "6402");
    regulator = acting(Role.REGULATOR, cityPath);
    Clock clock = Clock.fixed(Instant.parse("2026-11-22T00:00:00Z"), ZoneOffset.UTC);

    DefaultEnterpriseService enterprises = new DefaultEnterpriseService();
    enterprises.jurisdictions = tree.jurisdictions;
    enterprises.organisations = tree.organisations;
    enterprises.enterprises = register;
    enterprises.audit = audit;
    enterprises.clock = clock;
    enterprises.caller = regulator;

    BatchRowCommitter committer = new BatchRowCommitter();
    committer.transactions = Runnable::run;

    importer.spreadsheets = new XlsxSpreadsheets();
    EnterpriseRegistrar registrar = new EnterpriseRegistrar();
    registrar.jurisdictions = tree.jurisdictions;
    registrar.organisations = tree.organisations;
    registrar.enterprises = register;
    registrar.audit = audit;
    registrar.clock = clock;
    registrar.caller = regulator;

    importer.enterprises = enterprises;
    importer.registrar = registrar;
    importer.jurisdictions = tree.jurisdictions;
    importer.registeredCodes = new FakeRegisteredCreditCodes(register);
    importer.committer = committer;
    importer.caller = regulator;
    importer.clock = clock;
  }

  private static CallerIdentity acting(Role role, String jurisdictionPath) {
    return new CallerIdentity(
        5L, role.name(), Set.of(role), role.permissions(), jurisdictionPath, 9L, "10.0.0.5");
  }

  private ImportReport importRows(List<String[]> rows) {
    byte[] file =
        Workbooks.xlsx(
            sheet -> {
              Workbooks.row(
                  sheet,
                  0,
                  EnterpriseSheet.LAYOUT.columns().stream()
                      .map(c -> LABELS.get(c.key()))
                      .toArray());
              for (int i = 0; i < rows.size(); i++) {
                Workbooks.row(sheet, i + 1, (Object[]) Arrays.copyOf(rows.get(i), 7));
              }
            });
    return importer.importEnterprises(new ByteArrayInputStream(file), LABELS::get);
  }

  @Test
  void validRowsAreRegisteredAndAuditedAndEveryBadRowIsReportedWithItsColumn() {
    ImportReport report = importRows(ROWS);

    List<String> expectedErrors = new ArrayList<>();
    for (int i = 0; i < ROWS.size(); i++) {
      if (!"created".equals(ROWS.get(i)[7])) {
        String[] keyAndColumn = ROWS.get(i)[7].split("@");
        expectedErrors.add((i + 2) + " " + keyAndColumn[1] + " " + keyAndColumn[0]);
      }
    }
    assertEquals(
        expectedErrors,
        report.errors().stream()
            .map(e -> e.row() + " " + e.column() + " " + e.messageKey())
            .toList());
    long good = ROWS.stream().filter(r -> "created".equals(r[7])).count();
    assertEquals(good, report.created());
    assertEquals(expectedErrors.size(), report.refused());
    assertEquals(0, report.unchanged());
    assertEquals(
        good, audit.actions().stream().filter(AuditAction.ENTERPRISE_REGISTERED::equals).count());

    Enterprise first = register.findInSubtree("/").get(0);
    assertEquals("Maker A", first.getOrganisation().getName());
    assertEquals(Set.of(EnterpriseKind.REGISTRANT, EnterpriseKind.FILER), first.getKinds());
    assertEquals("Street 1", first.getAddress());
    assertTrue(
        register.findInSubtree("/").stream()
            .anyMatch(
                e ->
                    e.getOrganisation().getJurisdiction().getCode().equals("6401")
                        && e.getOrganisation().getName().equals("Maker B")),
        "a jurisdiction may be given by its name");
  }

  @Test
  void theDuplicateNamesTheRowThatCameFirst() {
    ImportReport report = importRows(ROWS);
    assertEquals(
        List.of("91320684061855846T", 2),
        report.errors().stream()
            .filter(e -> e.messageKey().equals("error.enterpriseImport.duplicateRow"))
            .findFirst()
            .orElseThrow()
            .arguments());
  }

  @Test
  void importingTheSameFileAgainChangesNothing() {
    ImportReport first = importRows(ROWS);
    int audited = audit.records().size();
    ImportReport again = importRows(ROWS);
    assertEquals(0, again.created());
    assertEquals(first.created(), again.unchanged());
    assertEquals(first.refused(), again.refused());
    assertEquals(first.created(), register.findInSubtree("/").size());
    assertEquals(audited, audit.records().size());
  }

  @Test
  void aJurisdictionNameSharedByTwoNodesMustBeGivenByCode() {
    ImportReport report =
        importRows(
            List.<String[]>of(
                new String[] {"Maker", "91320684061855846T", null, "Filer", "No", "Riverside"}));
    assertEquals(
        "error.enterpriseImport.jurisdictionAmbiguous", report.errors().get(0).messageKey());
  }

  @Test
  void onlyRegulatorsImportAndAFileRefusedWholeRegistersNothing() {
    importer.caller = acting(Role.ENTERPRISE_ADMIN, null);
    assertThrows(AccessDeniedException.class, () -> importRows(ROWS));
    importer.caller = regulator;
    BusinessException refused =
        assertThrows(
            BusinessException.class,
            () ->
                importer.importEnterprises(
                    new ByteArrayInputStream("not a workbook".getBytes()), LABELS::get));
    assertEquals("error.spreadsheet.notXlsx", refused.getMessageKey());
    assertTrue(register.findInSubtree("/").isEmpty());
    assertTrue(audit.records().isEmpty());
  }

  private static List<String[]> rows(String file) {
    try (InputStream in = DefaultEnterpriseImportServiceTest.class.getResourceAsStream(file)) {
      return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))
          .lines()
          .filter(line -> !line.isBlank() && !line.startsWith("#") && !line.startsWith("name,"))
          .map(line -> line.split(",", -1))
          .map(
              cells -> Arrays.stream(cells).map(c -> c.isEmpty() ? null : c).toArray(String[]::new))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
