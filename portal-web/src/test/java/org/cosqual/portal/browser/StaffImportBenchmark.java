package org.cosqual.portal.browser;

import static org.cosqual.portal.it.EnterpriseFiles.creditCode;
import static org.cosqual.portal.it.EnterpriseFiles.filer;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import org.cosqual.portal.it.EnterpriseFiles;
import org.cosqual.portal.it.TestDatabase;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * Benchmark, not a test (run by {@code mvn -Pbenchmark -pl portal-web -am verify}, see README): a
 * regulator imports 10 000 valid key-staff appointments and 100 rows with a wrong id check digit
 * through the page of the real war on Payara Micro and MariaDB, spread over 100 enterprises
 * imported first. Logs the time from the click on 导入 to the report on screen, and fails if a bad
 * row is not reported or a good row is lost.
 */
class StaffImportBenchmark extends RealWarBrowserTest {

  private static final Logger LOG = Logger.getLogger(StaffImportBenchmark.class.getName());
  private static final int GOOD = 10_000;
  private static final int BAD = 100;
  private static final int ENTERPRISES = 100;
  private static final String SERIES = "PB";
  private static final String[] POSITIONS = {"质量管理部门负责人", "生产部门负责人", "检验部门负责人"};

  @Test
  void import10000GoodAnd100BadRows() throws Exception {
    Path target = Files.createDirectories(Path.of("target"));
    Path enterprises = Files.createTempFile(target, "bench-enterprises", ".xlsx");
    Files.write(enterprises, EnterpriseFiles.sheet(enterpriseRows()));
    Path staff = Files.createTempFile(target, "bench-staff", ".xlsx");
    Files.write(staff, EnterpriseFiles.sheet(EnterpriseFiles.STAFF_LAYOUT, staffRows()));
    try (Browser browser = Browser.desktop(base)) {
      browser.signIn("provadmin", "CosQual@2026");
      browser.open("/personnel/enterprise-import.xhtml");
      browser.importSheet(enterprises);
      browser.open("/personnel/staff-import.xhtml");
      Duration took = browser.importSheet(staff);
      String created = browser.driver().findElement(By.id("created")).getText();
      String refused = browser.driver().findElement(By.id("refused")).getText();
      LOG.info(
          String.format(
              "BENCHMARK staff import: %d good + %d bad rows (%d KB) in %.1f s;"
                  + " recorded %s, refused %s",
              GOOD, BAD, Files.size(staff) / 1024, took.toMillis() / 1000.0, created, refused));
      assertEquals(String.valueOf(GOOD), created, "good rows lost");
      assertEquals(String.valueOf(BAD), refused, "bad rows not reported");
    }
    try (Connection c = TestDatabase.connect();
        PreparedStatement s =
            c.prepareStatement(
                "SELECT COUNT(*) FROM appointment a JOIN enterprise e ON e.id = a.enterprise_id"
                    + " WHERE e.credit_code LIKE ? AND a.imported_by = 'provadmin'")) {
      s.setString(1, "91640106" + SERIES + "%");
      try (ResultSet r = s.executeQuery()) {
        r.next();
        assertEquals(GOOD, r.getLong(1));
      }
    }
  }

  private static List<Object[]> enterpriseRows() {
    List<Object[]> rows = new ArrayList<>();
    for (int i = 0; i < ENTERPRISES; i++) {
      rows.add(filer("基准人员测试化妆品有限公司" + i, creditCode(SERIES, i), "640106"));
    }
    return rows;
  }

  /** Every 101st row has a wrong check digit; the others are distinct people. */
  private static List<Object[]> staffRows() {
    List<Object[]> rows = new ArrayList<>();
    int good = 0;
    for (int i = 0; rows.size() < GOOD + BAD; i++) {
      boolean bad = i % 101 == 100;
      int n = bad ? 90_000 + i : good++;
      String id = EnterpriseFiles.residentId(n);
      if (bad) {
        id = id.substring(0, 17) + (id.charAt(17) == '0' ? '1' : '0');
      }
      rows.add(
          EnterpriseFiles.staffRow(
              creditCode(SERIES, n % ENTERPRISES),
              POSITIONS[n % POSITIONS.length],
              "基准人员" + n,
              id));
    }
    return rows;
  }
}
