package org.cosqual.portal.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.io.File;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.LongSupplier;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.cosqual.portal.infrastructure.database.DataSourceConfiguration;
import org.cosqual.training.application.ComplianceReportService;
import org.cosqual.training.domain.model.compliance.ComplianceReport;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Not a test: a benchmark, run with {@code mvn -B -Pbenchmark -pl portal-web -am verify
 * -Dit.test=ComplianceReportBenchmark}. It loads 20 000 regulators in 200 units with 40 approved
 * ledger entries each (800 000 rows) into MariaDB, then times the province's compliance report
 * through the service the dashboard uses (median of seven runs) against the raw SQL aggregate of
 * the same hours (each province regulator's approved hours of the counted categories, read over
 * JDBC), and logs the ratio. Target: at most 1.5.
 */
@ExtendWith(ArquillianExtension.class)
class ComplianceReportBenchmark {

  private static final Logger LOG = Logger.getLogger(ComplianceReportBenchmark.class.getName());
  private static final int UNITS = 200;
  private static final int REGULATORS = 20_000;
  private static final int ENTRIES_EACH = 40;
  private static final int ROWS_PER_INSERT = 1_000;
  private static final int RUNS = 7;
  private static final String[] CATEGORIES = {
    "REGULATIONS", "CASE_STUDY", "MOCK_INSPECTION", "SKILLS_CONTEST", "QUALITY_SYSTEM", "OTHER"
  };
  private static final String ENTRY_COLUMNS =
      "hour_entry (person_id, year_no, hours, category_code, source, title, trained_on, status,"
          + " reported_by, reported_at)";

  /** The sum of each province regulator's approved hours of the categories that count. */
  private static final String RAW_AGGREGATE =
      "SELECT a.person_id, SUM(e.hours) FROM account a"
          + " JOIN organisation o ON o.id = a.organisation_id"
          + " JOIN jurisdiction_node j ON j.id = o.jurisdiction_id"
          + " JOIN hour_entry e ON e.person_id = a.person_id AND e.year_no = ?"
          + "   AND e.status = 'APPROVED' AND e.category_code IN ('REGULATIONS', 'CASE_STUDY',"
          + "   'MOCK_INSPECTION', 'SKILLS_CONTEST', 'QUALITY_SYSTEM')"
          + " WHERE a.enabled AND j.path LIKE ? AND EXISTS (SELECT 1 FROM account_role r"
          + "   WHERE r.account_id = a.id AND r.role IN ('REGULATOR', 'REGULATOR_ADMIN'))"
          + " GROUP BY a.person_id";

  @Deployment
  static WebArchive deployment() {
    WebArchive war =
        ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("cosqual.war")));
    return InContainer.openToArquillian(war)
        .addClasses(Acting.class, ComplianceReportBenchmark.class, InContainer.class);
  }

  @Inject Acting acting;
  @Inject ComplianceReportService reports;

  @Resource(lookup = DataSourceConfiguration.JNDI_NAME)
  DataSource dataSource;

  @Test
  void provinceReportOf20000RegulatorsWith40EntriesEach() throws SQLException {
    int year = LocalDate.now().getYear();
    long loadStart = System.nanoTime();
    String provincePath = load(year);
    LOG.info(
        () ->
            "BENCHMARK compliance report: loaded "
                + REGULATORS
                + " regulators × "
                + ENTRIES_EACH
                + " entries in "
                + (System.nanoTime() - loadStart) / 1_000_000
                + " ms");

    acting.as("provadmin");
    ComplianceReport report = reports.complianceReport(year);
    assertTrue(report.total().people() >= REGULATORS, "every loaded regulator is in the report");
    assertTrue(raw(year, provincePath) >= REGULATORS, "the raw aggregate sees them all");

    long service = median(() -> time(() -> reports.complianceReport(year)));
    long sql = median(() -> time(() -> raw(year, provincePath)));
    LOG.info(
        () ->
            String.format(
                "BENCHMARK compliance report: service %d ms, raw SQL %d ms, ratio %.2f (target ≤ 1.5)",
                service / 1_000_000, sql / 1_000_000, (double) service / sql));
  }

  private String load(int year) throws SQLException {
    Random random = new Random(2026);
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement()) {
      List<Long> nodes = new ArrayList<>();
      String provincePath;
      try (ResultSet r = s.executeQuery("SELECT id, path FROM jurisdiction_node ORDER BY path")) {
        r.next();
        provincePath = r.getString(2);
        nodes.add(r.getLong(1));
        while (r.next()) {
          nodes.add(r.getLong(1));
        }
      }
      List<String> rows = new ArrayList<>();
      for (int u = 0; u < UNITS; u++) {
        rows.add(
            String.format(
                "('BENCH-%03d', '基准监管单位%03d', 'REGULATOR_UNIT', %d)",
                u, u, nodes.get(u % nodes.size())));
      }
      insert(s, "organisation (code, name, kind, jurisdiction_id)", rows);
      long firstUnit = firstId(s, "SELECT MIN(id) FROM organisation WHERE code LIKE 'BENCH-%'");
      rows.clear();
      for (int p = 0; p < REGULATORS; p++) {
        rows.add(String.format("('基准监管员%05d')", p));
      }
      insert(s, "person (name)", rows);
      long firstPerson = firstId(s, "SELECT MIN(id) FROM person WHERE name LIKE '基准监管员%'");
      rows.clear();
      for (int p = 0; p < REGULATORS; p++) {
        rows.add(
            String.format(
                "('bench-%05d', 'x', %d, %d)", p, firstPerson + p, firstUnit + p % UNITS));
      }
      insert(s, "account (username, password_hash, person_id, organisation_id)", rows);
      s.executeUpdate(
          "INSERT INTO account_role (account_id, role) SELECT id, 'REGULATOR' FROM account"
              + " WHERE username LIKE 'bench-%'");
      rows.clear();
      for (int p = 0; p < REGULATORS; p++) {
        for (int e = 0; e < ENTRIES_EACH; e++) {
          LocalDate on = LocalDate.of(year, 1, 1).plusDays(random.nextInt(300));
          rows.add(
              String.format(
                  "(%d, %d, %s, '%s', 'EXTERNAL_TRAINING', '基准培训', '%s', 'APPROVED',"
                      + " 'bench', NOW(6))",
                  firstPerson + p,
                  year,
                  (1 + random.nextInt(4)) / 2.0,
                  CATEGORIES[random.nextInt(CATEGORIES.length)],
                  on));
          if (rows.size() == ROWS_PER_INSERT) {
            insert(s, ENTRY_COLUMNS, rows);
            rows.clear();
          }
        }
      }
      insert(s, ENTRY_COLUMNS, rows);
      return provincePath;
    }
  }

  private static void insert(Statement s, String into, List<String> rows) throws SQLException {
    for (int i = 0; i < rows.size(); i += ROWS_PER_INSERT) {
      s.executeUpdate(
          "INSERT INTO "
              + into
              + " VALUES "
              + String.join(", ", rows.subList(i, Math.min(rows.size(), i + ROWS_PER_INSERT))));
    }
  }

  private static long firstId(Statement s, String query) throws SQLException {
    try (ResultSet r = s.executeQuery(query)) {
      r.next();
      return r.getLong(1);
    }
  }

  /** How many regulators the raw aggregate returns, reading every row as the service does. */
  private int raw(int year, String provincePath) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement(RAW_AGGREGATE)) {
      s.setInt(1, year);
      s.setString(2, provincePath + "%");
      int rows = 0;
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          r.getLong(1);
          r.getBigDecimal(2);
          rows++;
        }
      }
      return rows;
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private static long time(Runnable run) {
    long start = System.nanoTime();
    run.run();
    return System.nanoTime() - start;
  }

  private static long median(LongSupplier timing) {
    long[] times = new long[RUNS];
    for (int i = 0; i < RUNS; i++) {
      times[i] = timing.getAsLong();
    }
    Arrays.sort(times);
    return times[RUNS / 2];
  }
}
