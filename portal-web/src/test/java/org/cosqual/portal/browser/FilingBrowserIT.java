package org.cosqual.portal.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.cosqual.portal.it.TestPdfs;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The filing path in a real browser: an enterprise administrator files a new quality safety
 * officer, a bad id number is refused without losing the form, a regulator of the city approves,
 * and the archive shows the appointment with the id number masked.
 */
class FilingBrowserIT extends RealWarBrowserTest {

  private static final String NAME = "白雪梅";
  private static final String ID_NUMBER = "640104199107070027";

  /** A small real PDF, named in Chinese as uploads often are. */
  private static Path appointmentDocument() {
    try {
      Path dir = Files.createDirectories(Path.of("target", "uploads"));
      Path pdf = dir.resolve("任命文件.pdf");
      Files.writeString(pdf, "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n");
      return pdf;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void anEnterpriseFilesANewOfficerARegulatorApprovesAndTheArchiveShowsIt() {
    String filingPath;
    try (Browser browser = Browser.desktop(base)) {
      browser.signIn("entadmin", PASSWORD);
      browser.open("/personnel/staff.xhtml");
      String staffList = Browser.cells(browser.download("staffForm", "staffForm:export"));
      assertTrue(staffList.contains("640***********1015"), staffList);
      assertFalse(staffList.contains("640202197908151015"), "exports show id numbers masked");
      browser.waitFor("fileAppointment").click();
      browser.waitFor("filingForm:name");
      browser.type("filingForm:name", NAME);
      browser.type("filingForm:idNumber", "640104199107070022");
      browser.type("filingForm:major", "化妆品技术");
      browser.type("filingForm:experiences:0:employer", "宁夏塞上本草化妆品有限公司");
      browser.chooseInMenu("filingForm:position", "质量安全负责人");
      browser.chooseInMenu("filingForm:degree", "本科");
      browser.chooseInMenu("filingForm:majorField", "化妆品");
      browser.chooseInMenu("filingForm:experiences:0:industry", "化妆品");
      browser.chooseInMenu("filingForm:experiences:0:area", "质量管理");
      browser.typeDate("filingForm:effectiveOn", "2026-12-01");
      browser.type("filingForm:experiences:0:from", "2013-07-01");
      browser
          .driver()
          .findElement(By.cssSelector("#filingForm input[type=file]"))
          .sendKeys(appointmentDocument().toAbsolutePath().toString());
      browser.click("filingForm:submit");
      browser.waitForText(By.id("messages"), "校验位不符");
      browser.screenshot("filing-refused");
      assertEquals(
          "任命文件.pdf", browser.driver().findElement(By.id("filingForm:documentName")).getText());
      assertEquals(NAME, browser.value("filingForm:name"), "nothing typed is lost");
      assertEquals("2026-12-01", browser.value("filingForm:effectiveOn_input"), browser.messages());
      assertEquals(
          "2013-07-01", browser.value("filingForm:experiences:0:from"), browser.messages());

      browser.type("filingForm:idNumber", ID_NUMBER);
      browser.click("filingForm:submit");
      browser.waitFor("filingState");
      assertEquals("待审核", browser.driver().findElement(By.id("filingState")).getText());
      assertTrue(browser.driver().findElement(By.id("qualification")).getText().contains("满足"));
      byte[] document = browser.download("documentForm", "documentForm:document");
      assertEquals("%PDF", new String(document, 0, 4, StandardCharsets.US_ASCII));
      filingPath = browser.path();
      browser.screenshot("filing-submitted");
    }
    try (Browser browser = Browser.desktop(base)) {
      browser.signIn("cityadmin", PASSWORD);
      browser.open("/personnel/filings.xhtml");
      browser.waitForText(By.id("queueForm:queue"), NAME);
      browser.open(filingPath);
      browser.waitFor("reviewForm:approve").click();
      browser.waitFor("reviewForm:filingConfirm");
      browser.click("reviewForm:filingConfirmYes");
      browser.waitForText(By.id("filingState"), "已通过");
      browser.click("personLink");
      browser.waitFor("personName");
      assertEquals(NAME, browser.driver().findElement(By.id("personName")).getText());
      assertEquals(
          "640***********0027", browser.driver().findElement(By.id("maskedIdNumber")).getText());
      assertTrue(browser.driver().findElement(By.id("appointments")).getText().contains("质量安全负责人"));
      browser.screenshot("archive-after-approval");

      String card = TestPdfs.text(browser.download("cardForm", "cardForm:downloadCard"));
      assertTrue(card.contains(NAME), card);
      assertTrue(card.contains("640***********0027"), card);
      assertFalse(card.contains(ID_NUMBER), "the card shows the id number masked");
    }
  }
}
