package org.cosqual.portal.browser;

import static org.cosqual.portal.it.EnterpriseFiles.LABELS;
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
import org.cosqual.personnel.application.spreadsheet.Column;
import org.cosqual.personnel.domain.model.enterprise.EnterpriseKind;
import org.cosqual.portal.it.EnterpriseFiles;
import org.cosqual.portal.it.TestDatabase;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * Benchmark, not a test (run by {@code mvn -Pbenchmark -pl portal-web -am verify}, see README): a
 * regulator imports 10 000 valid enterprises and 100 bad rows through the page of the real war on
 * Payara Micro and MariaDB. Prints the time from the click on 导入 to the report on screen, and fails
 * if a bad row is not reported or a good row is lost.
 */
class EnterpriseImportBenchmark extends RealWarBrowserTest {

  private static final Logger LOG = Logger.getLogger(EnterpriseImportBenchmark.class.getName());
  private static final int GOOD = 10_000;
  private static final int BAD = 100;
  private static final String SERIES = "BM";
  private static final String LICENSED = "宁妆20210001";

  @Test
  void import10000GoodAnd100BadRows() throws Exception {
    Path file = Files.createTempFile(Files.createDirectories(Path.of("target")), "bench", ".xlsx");
    Files.write(file, EnterpriseFiles.sheet(rows()));
    try (Browser browser = Browser.desktop(base)) {
      browser.signIn("provadmin", "CosQual@2026");
      browser.open("/personnel/enterprise-import.xhtml");
      Duration took = browser.importSheet(file);
      String created = browser.driver().findElement(By.id("created")).getText();
      String refused = browser.driver().findElement(By.id("refused")).getText();
      LOG.info(
          String.format(
              "BENCHMARK enterprise import: %d good + %d bad rows (%d KB) in %.1f s;"
                  + " registered %s, refused %s",
              GOOD, BAD, Files.size(file) / 1024, took.toMillis() / 1000.0, created, refused));
      assertEquals(String.valueOf(GOOD), created, "good rows lost");
      assertEquals(String.valueOf(BAD), refused, "bad rows not reported");
    }
    assertEquals(GOOD, count("SELECT COUNT(*) FROM enterprise WHERE credit_code LIKE ?"));
    assertEquals(
        GOOD,
        count(
            "SELECT COUNT(*) FROM audit_entry WHERE action = 'ENTERPRISE_REGISTERED'"
                + " AND target LIKE CONCAT('enterprise:', ?)"));
  }

  /** Every 101st row is bad, in one of five ways; the others are filers and licensed makers. */
  private static List<Object[]> rows() {
    List<Object[]> rows = new ArrayList<>();
    int good = 0;
    for (int i = 0; rows.size() < GOOD + BAD; i++) {
      if (i % 101 == 100) {
        rows.add(bad(i));
        continue;
      }
      Object[] row = filer("基准测试化妆品有限公司" + i, creditCode(SERIES, good++), "640106");
      if (i % 3 == 0) {
        row[2] = LICENSED;
        row[3] = LABELS.apply(Column.optionKey(EnterpriseKind.CONTRACT_MANUFACTURER));
        row[4] = LABELS.apply(Column.YES);
      }
      row[6] = "银川市金凤区基准路" + i + "号";
      rows.add(row);
    }
    return rows;
  }

  private static Object[] bad(int i) {
    Object[] row = filer("基准测试错误行" + i, creditCode("BX", i), "640106");
    switch (i / 101 % 5) {
      case 0 -> row[1] = EnterpriseFiles.withWrongCheck((String) row[1]);
      case 1 -> row[5] = "999999";
      case 2 -> row[3] = "进口商";
      case 3 -> row[1] = 916401060000000000L;
      default -> row[1] = new EnterpriseFiles.Formula("\"9164\"&\"0106\"");
    }
    return row;
  }

  private static long count(String sql) throws Exception {
    try (Connection c = TestDatabase.connect();
        PreparedStatement s = c.prepareStatement(sql)) {
      s.setString(1, "91640106" + SERIES + "%");
      try (ResultSet r = s.executeQuery()) {
        r.next();
        return r.getLong(1);
      }
    }
  }
}
