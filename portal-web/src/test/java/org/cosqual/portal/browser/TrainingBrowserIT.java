package org.cosqual.portal.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.util.regex.Matcher;
import org.cosqual.portal.it.TestDatabase;
import org.cosqual.portal.it.TestPdfs;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The hour ledger in headless Chromium: a regulator reports training elsewhere with its
 * certificate, a bad number is refused with what was typed kept, the city's administrator approves
 * it, and the regulator's hours and progress bar grow; an administrator credits hours by hand; a
 * regulator reads the notice a reminder round left.
 */
class TrainingBrowserIT extends RealWarBrowserTest {

  private static final String TITLE = "国家药监局化妆品检查员线上培训（浏览器）";

  @Test
  void aRegulatorReportsTrainingTheAdministratorApprovesAndTheProgressGrows() {
    Path certificate = TestPdfs.file("培训证明.pdf", "certificate browser test");
    BigDecimal before;
    try (Browser browser = Browser.desktop(base)) {
      browser.signIn("inspector", PASSWORD);
      browser.open("/regulator/index.xhtml").click("myTraining");
      before = new BigDecimal(browser.waitFor("countedHours").getText());
      String barBefore = bar(browser);

      browser.type("reportForm:title", TITLE);
      browser.type("reportForm:provider", "国家药监局高级研修学院");
      browser.typeDate("reportForm:trainedOn", LocalDate.now().minusDays(2).toString());
      browser.type("reportForm:hours", "2.3");
      browser.chooseInMenu("reportForm:category", "法规标准解读");
      browser
          .driver()
          .findElement(By.cssSelector("#reportForm input[type=file]"))
          .sendKeys(certificate.toAbsolutePath().toString());
      browser.click("reportForm:report");
      browser.waitForText(By.id("messages"), "须以 0.5 为单位");
      assertEquals(TITLE, browser.value("reportForm:title"), "nothing typed is lost");
      assertEquals(
          "培训证明.pdf", browser.driver().findElement(By.id("reportForm:certificateName")).getText());

      browser.type("reportForm:hours", "2.5");
      browser.click("reportForm:report");
      browser.waitForText(By.id("messages"), "审核通过后计入学时");
      browser.waitForText(By.id("ledgerForm:entries"), TITLE);
      assertEquals(
          before,
          new BigDecimal(browser.waitFor("countedHours").getText()),
          "pending counts nothing");
      assertEquals(barBefore, bar(browser));
      browser.screenshot("my-training-pending");
      browser.signOut();

      browser.signIn("cityadmin", PASSWORD);
      browser.open("/regulation/index.xhtml").click("hourEntries");
      browser.waitForText(By.id("entriesForm:entries"), TITLE);
      WebElement row =
          browser
              .driver()
              .findElement(
                  By.xpath("//tr[.//span[@class='cq-entry-title' and text()='" + TITLE + "']]"));
      row.findElement(By.cssSelector("[id$=':approve']")).click();
      browser.waitForText(By.id("messages"), "已认定");
      browser.screenshot("hour-entries");

      browser.open("/regulation/index.xhtml").click("compliance");
      browser.waitForText(By.id("complianceForm:units"), "银川市兴庆区市场监督管理局");
      browser.driver().findElement(By.linkText("银川市兴庆区市场监督管理局")).click();
      browser.waitForText(By.id("complianceForm:unitPeople"), "刘强");
      String people = Browser.cells(browser.download("complianceForm", "complianceForm:export"));
      assertTrue(people.contains("刘强"), people);
      assertTrue(!people.contains("石嘴山"), "another city's units are not exported");
      browser.screenshot("compliance");
      browser.signOut();

      browser.signIn("inspector", PASSWORD);
      browser.open("/regulator/training.xhtml");
      BigDecimal after = new BigDecimal(browser.waitFor("countedHours").getText());
      assertEquals(
          0, before.add(new BigDecimal("2.5")).compareTo(after), before + " + 2.5 ≠ " + after);
      assertNotEquals(barBefore, bar(browser), "the progress bar moved");
      browser.waitForText(By.id("ledgerForm:entries"), "已认定");
      browser.screenshot("my-training-approved");

      String transcript =
          TestPdfs.text(browser.download("transcriptForm", "transcriptForm:transcript"));
      assertTrue(transcript.contains("培训学时证明"), transcript);
      assertTrue(transcript.contains("刘强"), transcript);
      assertTrue(
          transcript.contains(after.stripTrailingZeros().toPlainString() + " 学时"), transcript);
      assertTrue(transcript.contains(TITLE.substring(0, 8)), transcript);
      Matcher code = Browser.VERIFICATION_CODE.matcher(transcript);
      assertTrue(code.find(), transcript);
      browser.signOut();

      browser.open("/public/verify/" + code.group());
      browser.waitForText(By.id("valid"), "有效");
      assertEquals("刘*", browser.driver().findElement(By.id("holder")).getText(), "name masked");
      browser.open("/public/verify/ZZZZ-ZZZZ-ZZZZ-ZZZ0");
      browser.waitForText(By.id("invalid"), "未找到");
    }
    try (Browser phone = Browser.phone(base)) {
      phone.open("/public/verify.xhtml");
      phone.type("codeInput", "not-a-code");
      phone.click("check");
      phone.waitForText(By.id("invalid"), "未找到");
      assertTrue(phone.fitsWidth(), "the verification page scrolls sideways at 375 px");
      phone.screenshot("verify-phone");
    }
  }

  @Test
  void anAdministratorCreditsHoursByHandWithAReason() {
    try (Browser browser = Browser.desktop(base)) {
      browser.signIn("cityadmin", PASSWORD);
      browser.open("/regulation/compliance.xhtml");
      browser.waitForText(By.id("complianceForm:units"), "银川市兴庆区市场监督管理局");
      browser.driver().findElement(By.linkText("银川市兴庆区市场监督管理局")).click();
      browser.waitForText(By.id("complianceForm:unitPeople"), "刘强");
      WebElement row =
          browser
              .driver()
              .findElement(
                  By.xpath(
                      "//*[@id='complianceForm:unitPeople']//tr[.//span[@class='cq-person' and"
                          + " text()='刘强']]"));
      row.findElement(By.cssSelector("[id$=':correct']")).click();
      browser.waitFor("correctForm:correctionTitle");
      browser.type("correctForm:correctionTitle", "市局集中学习（记录补录）");
      browser.type("correctForm:correctionDate", LocalDate.now().minusDays(3).toString());
      browser.type("correctForm:correctionHours", "1");
      browser.chooseInMenu("correctForm:correctionCategory", "法规标准解读");
      browser.click("correctForm:saveCorrection");
      browser.waitForText(By.id("correctForm"), "请填写此项");
      browser.type("correctForm:correctionReason", "纸质签到表遗失，经单位核实后补录");
      browser.click("correctForm:saveCorrection");
      browser.waitForText(By.id("messages"), "已为 刘强 补录学时");
      browser.screenshot("hours-credited");
    }
  }

  /** The progress bar's value as the page shows it. */
  private static String bar(Browser browser) {
    return browser
        .driver()
        .findElement(By.cssSelector("#progressBar .ui-progressbar-label"))
        .getText();
  }

  /** The notice a reminder round leaves: the unread count in the header, read and marked read. */
  @Test
  void aRegulatorReadsTheirReminderAndMarksItRead() throws Exception {
    String year = String.valueOf(LocalDate.now().getYear());
    try (Connection c = TestDatabase.connect();
        PreparedStatement s =
            c.prepareStatement(
                "INSERT INTO notice (person_id, message_key, message_args, created_at)"
                    + " SELECT person_id, 'training_reminder.notice', ?, UTC_TIMESTAMP(6)"
                    + " FROM account WHERE username = 'inspector'")) {
      s.setString(1, String.join("\u001f", year, "8", "14.1", "20", "ProgressStatus.AT_RISK"));
      assertEquals(1, s.executeUpdate());
    }
    try (Browser browser = Browser.desktop(base)) {
      // Not inspector2: the sign-in test of BrowserIT locks that account for a quarter of an hour.
      browser.signIn("inspector", PASSWORD);
      browser.open("/regulator/index.xhtml");
      assertTrue(Integer.parseInt(browser.waitFor("shellForm:unreadNotices").getText()) >= 1);
      browser.click("noticesLink");
      browser.waitForText(By.id("noticesForm:notices"), "已认定 8 学时");
      browser.waitForText(By.id("noticesForm:notices"), "有风险");
      browser.screenshot("notices");
      browser.click("noticesForm:markAllRead");
      browser.waitForText(By.id("messages"), "所有通知已标为已读");
      assertTrue(
          browser.driver().findElements(By.id("shellForm:unreadNotices")).isEmpty(),
          "no unread count once all are read");
    }
  }
}
