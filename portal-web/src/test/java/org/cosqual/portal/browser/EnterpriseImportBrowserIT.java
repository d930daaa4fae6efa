package org.cosqual.portal.browser;

import static org.cosqual.portal.it.EnterpriseFiles.creditCode;
import static org.cosqual.portal.it.EnterpriseFiles.filer;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.cosqual.personnel.application.EnterpriseSheet;
import org.cosqual.portal.it.EnterpriseFiles;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

/** A regulator imports enterprises through the page and reads the row-by-row report. */
class EnterpriseImportBrowserIT extends RealWarBrowserTest {

  @Test
  void aRegulatorUploadsAFileAndSeesWhatWasRegisteredAndWhyRowsWereRefused() throws IOException {
    Path file =
        write(
            EnterpriseFiles.sheet(
                List.of(
                    filer("浏览器测试甲企业", creditCode("QE", 1), "640106"),
                    filer("浏览器测试乙企业", creditCode("QE", 2), "640202"),
                    filer(
                        "浏览器测试丙企业",
                        EnterpriseFiles.withWrongCheck(creditCode("QE", 3)),
                        "640106"))));
    try (Browser browser = Browser.desktop(base)) {
      browser.signIn("provadmin", PASSWORD);
      browser.open("/personnel/index.xhtml").click("enterpriseImport");
      browser.waitFor("importForm:upload");
      assertEquals("批量导入企业", browser.title());

      upload(browser, file);
      browser.waitFor("created");
      assertEquals("2", text(browser, "created"));
      assertEquals("0", text(browser, "unchanged"));
      assertEquals("1", text(browser, "refused"));
      String errors = text(browser, "reportForm:errors");
      assertTrue(errors.contains("4") && errors.contains("统一社会信用代码"), errors);
      assertTrue(errors.contains("校验"), errors);
      assertTrue(browser.messages().contains("导入完成：登记 2 家"), browser.messages());
      browser.screenshot("enterprise-import-report");

      upload(browser, file);
      browser.waitForText(By.id("unchanged"), "2");
      assertEquals("0", text(browser, "created"));
    }
  }

  @Test
  void anEmptyFileOrOneThatIsNoWorkbookIsRefusedWithAClearMessage() throws IOException {
    try (Browser browser = Browser.desktop(base)) {
      browser.signIn("provadmin", PASSWORD);
      browser.open("/personnel/enterprise-import.xhtml");
      upload(browser, write("name,code\n".getBytes()));
      browser.waitForText(By.id("messages"), "不是 Excel 工作簿");
      upload(browser, write(new byte[0]));
      browser.waitForText(By.id("messages"), "文件是空的");
      assertTrue(browser.driver().findElements(By.id("reportForm")).isEmpty());
    }
  }

  @Test
  void theTemplateDownloadsWithTheChineseHeadersOfEveryColumn() throws IOException {
    try (Browser browser = Browser.desktop(base)) {
      browser.signIn("provadmin", PASSWORD);
      browser.open("/personnel/enterprise-import.xhtml");
      browser.waitFor("importForm:template");
      // What the download button posts, fetched by the page itself so the bytes can be inspected.
      String base64 =
          (String)
              ((JavascriptExecutor) browser.driver())
                  .executeAsyncScript(
                      "const done = arguments[arguments.length - 1];"
                          + "const form = document.getElementById('importForm');"
                          + "const data = new FormData(form);"
                          + "data.append('importForm:template', '');"
                          + "fetch(form.action, {method: 'POST', body: data})"
                          + ".then(r => r.blob()).then(b => { const f = new FileReader();"
                          + " f.onload = () => done(f.result.split(',')[1]); f.readAsDataURL(b); });");
      try (XSSFWorkbook template =
          new XSSFWorkbook(new ByteArrayInputStream(Base64.getDecoder().decode(base64)))) {
        Row header = template.getSheetAt(0).getRow(0);
        List<String> expected =
            EnterpriseSheet.LAYOUT.columns().stream()
                .map(c -> EnterpriseFiles.LABELS.apply(c.key()) + (c.required() ? " *" : ""))
                .toList();
        for (int i = 0; i < expected.size(); i++) {
          assertEquals(expected.get(i), header.getCell(i).getStringCellValue());
        }
        assertEquals("企业名称 *", header.getCell(0).getStringCellValue());
      }
    }
  }

  private static void upload(Browser browser, Path file) {
    browser
        .driver()
        .findElement(By.cssSelector("#importForm input[type=file]"))
        .sendKeys(file.toAbsolutePath().toString());
    browser.click("importForm:upload");
  }

  private static String text(Browser browser, String id) {
    return browser.driver().findElement(By.id(id)).getText();
  }

  private static Path write(byte[] content) throws IOException {
    Path dir = Files.createDirectories(Path.of("target", "uploads"));
    Path file = Files.createTempFile(dir, "enterprises", ".xlsx");
    Files.write(file, content);
    return file;
  }
}
