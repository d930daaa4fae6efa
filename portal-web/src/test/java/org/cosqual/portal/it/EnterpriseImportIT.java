package org.cosqual.portal.it;

import static org.cosqual.portal.it.EnterpriseFiles.LABELS;
import static org.cosqual.portal.it.EnterpriseFiles.creditCode;
import static org.cosqual.portal.it.EnterpriseFiles.filer;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import org.cosqual.personnel.application.AccountService;
import org.cosqual.personnel.application.CallerIdentity;
import org.cosqual.personnel.application.EnterpriseImportService;
import org.cosqual.personnel.application.EnterpriseSheet;
import org.cosqual.personnel.application.SignInService;
import org.cosqual.personnel.application.spreadsheet.Column;
import org.cosqual.personnel.application.spreadsheet.ImportReport;
import org.cosqual.personnel.application.spreadsheet.RowCommitter;
import org.cosqual.personnel.application.spreadsheet.RowError;
import org.cosqual.personnel.domain.model.enterprise.EnterpriseKind;
import org.cosqual.personnel.domain.shared.AccessDeniedException;
import org.cosqual.personnel.domain.shared.BusinessException;
import org.cosqual.portal.infrastructure.database.DataSourceConfiguration;
import org.cosqual.portal.security.CurrentCaller;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The enterprise import in the real war against a real MariaDB: good and bad rows, an idempotent
 * re-import, a row that fails only when saved in the middle of a batch, and whole files refused
 * with nothing written.
 */
@ExtendWith(ArquillianExtension.class)
class EnterpriseImportIT {

  private static final String JINFENG = "640106";
  private static final String JINFENG_NAME = "金凤区";
  private static final String DAWUKOU = "640202";

  @Deployment
  static WebArchive deployment() {
    WebArchive war =
        ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("cosqual.war")));
    return InContainer.openToArquillian(war)
        .addClasses(EnterpriseImportIT.class, InContainer.class, EnterpriseFiles.class)
        .addClass(EnterpriseFiles.Formula.class);
  }

  @Inject EnterpriseImportService importer;
  @Inject AccountService accounts;
  @Inject SignInService signIn;
  @Inject CurrentCaller caller;

  @Resource(lookup = DataSourceConfiguration.JNDI_NAME)
  DataSource dataSource;

  /**
   * The city administrator of 银川市: 640202 (石嘴山市) lies outside the jurisdiction. Enterprises are
   * imported into 金凤区 only, which other tests do not count.
   */
  @BeforeEach
  void actAsTheCityAdministrator() {
    caller.actAs(CallerIdentity.system());
    long id =
        accounts.listAccounts().stream()
            .filter(a -> a.username().equals("cityadmin"))
            .findFirst()
            .orElseThrow()
            .id();
    caller.actAs(signIn.callerFor(id, "127.0.0.1"));
  }

  private ImportReport importFile(byte[] file) {
    return importer.importEnterprises(new ByteArrayInputStream(file), LABELS);
  }

  @Test
  void goodRowsAreRegisteredBadOnesReportedAndAReimportChangesNothing() throws SQLException {
    Object[] contractMaker =
        new Object[] {
          "宁夏测试代工厂有限公司",
          creditCode("QA", 3),
          "宁妆20210007",
          LABELS.apply(Column.optionKey(EnterpriseKind.CONTRACT_MANUFACTURER))
              + "、"
              + LABELS.apply(Column.optionKey(EnterpriseKind.REGISTRANT)),
          LABELS.apply(Column.YES),
          JINFENG,
          "银川市金凤区测试路 1 号"
        };
    Object[] noLicence = contractMaker.clone();
    noLicence[1] = creditCode("QA", 6);
    noLicence[2] = null;
    Object[] formula = filer("公式企业", null, JINFENG);
    formula[1] = new EnterpriseFiles.Formula("\"91640106\"&\"QA0000007\"");
    List<Object[]> rows =
        List.of(
            filer("宁夏测试甲化妆品有限公司", creditCode("QA", 1), JINFENG),
            filer("宁夏测试乙化妆品有限公司", creditCode("QA", 2), JINFENG_NAME),
            contractMaker,
            filer("校验位错误企业", EnterpriseFiles.withWrongCheck(creditCode("QA", 4)), JINFENG),
            filer("辖区外企业", creditCode("QA", 5), DAWUKOU),
            noLicence,
            formula,
            filer("重复企业", creditCode("QA", 1), JINFENG));

    ImportReport first = importFile(EnterpriseFiles.sheet(rows));

    assertEquals(3, first.created(), first.errors().toString());
    assertEquals(0, first.unchanged());
    assertEquals(
        List.of(
            "5 " + EnterpriseSheet.CREDIT_CODE + " error.creditCode.check",
            "6 " + EnterpriseSheet.JURISDICTION + " error.enterprise.outsideJurisdiction",
            "7 " + EnterpriseSheet.LICENSE_NO + " error.enterprise.licenseRequired",
            "8 " + EnterpriseSheet.CREDIT_CODE + " error.spreadsheet.cell.formula",
            "9 " + EnterpriseSheet.CREDIT_CODE + " error.enterpriseImport.duplicateRow"),
        first.errors().stream().map(EnterpriseImportIT::describe).toList());
    assertEquals(3, enterprisesInSeries("QA"));
    assertEquals(3, registrationsAuditedInSeries("QA"));

    ImportReport again = importFile(EnterpriseFiles.sheet(rows));
    assertEquals(0, again.created());
    assertEquals(3, again.unchanged());
    assertEquals(first.errors(), again.errors());
    assertEquals(3, enterprisesInSeries("QA"));
    assertEquals(3, registrationsAuditedInSeries("QA"));
  }

  @Test
  void aRowThatFailsOnlyWhenSavedInsideABatchCostsNoGoodRow() throws SQLException {
    int count = RowCommitter.BATCH_SIZE * 2 + 200;
    int poisoned = RowCommitter.BATCH_SIZE + 200;
    String poisonName = "触发器拒绝的企业";
    List<Object[]> rows = new ArrayList<>();
    IntStream.range(0, count)
        .forEach(
            i ->
                rows.add(
                    filer(
                        i == poisoned ? poisonName : "批次测试企业" + i, creditCode("QB", i), JINFENG)));
    // Only the database refuses this row (as a constraint or a lost connection would), so it passes
    // every check before the save and fails in the middle of the second batch.
    execute(
        "CREATE TRIGGER refuse_test_enterprise BEFORE INSERT ON organisation FOR EACH ROW"
            + " BEGIN IF NEW.name = '"
            + poisonName
            + "' THEN SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'refused by the test';"
            + " END IF; END");
    ImportReport report;
    try {
      report = importFile(EnterpriseFiles.sheet(rows));
    } finally {
      execute("DROP TRIGGER refuse_test_enterprise");
    }

    assertEquals(count - 1, report.created());
    assertEquals(
        List.of((poisoned + 2) + " null error.spreadsheet.rowNotSaved"),
        report.errors().stream().map(EnterpriseImportIT::describe).toList());
    assertEquals(count - 1, enterprisesInSeries("QB"));
    assertEquals(count - 1, registrationsAuditedInSeries("QB"));
    assertEquals(0, organisationsNamed(poisonName));
  }

  @Test
  void wholeFilesAreRefusedWithTheirReasonAndNothingIsWritten() throws SQLException {
    List<Object[]> tooMany = new ArrayList<>();
    String code = creditCode("QC", 1);
    IntStream.range(0, 50_000).forEach(i -> tooMany.add(filer("超限企业" + i, code, JINFENG)));
    assertRefused("error.spreadsheet.tooManyRows", EnterpriseFiles.sheet(tooMany));
    assertRefused("error.spreadsheet.empty", new byte[0]);
    assertRefused("error.spreadsheet.notXlsx", "名称,代码\n甲,乙\n".getBytes());
    assertRefused("error.spreadsheet.noRows", EnterpriseFiles.sheet(List.of()));
    assertEquals(0, enterprisesInSeries("QC"));
  }

  @Test
  void onlyRegulatorsImport() {
    caller.actAs(CallerIdentity.anonymous("127.0.0.1"));
    byte[] file =
        EnterpriseFiles.sheet(List.<Object[]>of(filer("匿名企业", creditCode("QD", 1), JINFENG)));
    assertThrows(AccessDeniedException.class, () -> importFile(file));
  }

  private void assertRefused(String messageKey, byte[] file) {
    BusinessException refused = assertThrows(BusinessException.class, () -> importFile(file));
    assertEquals(messageKey, refused.getMessageKey());
  }

  private static String describe(RowError error) {
    return error.row() + " " + error.column() + " " + error.messageKey();
  }

  private long enterprisesInSeries(String series) throws SQLException {
    return count(
        "SELECT COUNT(*) FROM enterprise WHERE credit_code LIKE ?", "91640106" + series + "%");
  }

  private long registrationsAuditedInSeries(String series) throws SQLException {
    return count(
        "SELECT COUNT(*) FROM audit_entry WHERE action = 'ENTERPRISE_REGISTERED' AND target LIKE ?",
        "enterprise:91640106" + series + "%");
  }

  private long organisationsNamed(String name) throws SQLException {
    return count("SELECT COUNT(*) FROM organisation WHERE name = ?", name);
  }

  private long count(String sql, String parameter) throws SQLException {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement(sql)) {
      s.setString(1, parameter);
      try (ResultSet r = s.executeQuery()) {
        r.next();
        return r.getLong(1);
      }
    }
  }

  private void execute(String sql) throws SQLException {
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement()) {
      s.execute(sql);
    }
  }
}
