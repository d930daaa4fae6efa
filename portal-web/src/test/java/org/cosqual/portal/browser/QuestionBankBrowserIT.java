package org.cosqual.portal.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The question bank and the annual assessments built on it. The province's administrator writes a
 * single-choice question: without a correct option it is refused with what was typed kept; marked,
 * it is saved and found by a search of its stem; the list fits a phone. The administrator defines
 * an annual assessment whose quota the bank cannot fill (refused, nothing typed lost), corrects it,
 * opens it and finds the enrolled people; the grading and filing page opens for a regulator.
 */
class QuestionBankBrowserIT extends RealWarBrowserTest {

  private static final String STEM = "化妆品注册人、备案人应当设质量安全负责人吗？（浏览器）";

  @Test
  void anAdministratorWritesAQuestionAndFindsItInTheBank() {
    try (Browser browser = Browser.desktop(base)) {
      browser.signIn("provadmin", PASSWORD);
      browser.open("/regulation/index.xhtml").click("openQuestions");
      browser.waitFor("listForm:new").click();
      browser.waitFor("questionForm:stem");
      browser.chooseInMenu("questionForm:topic", "法规");
      browser.type("questionForm:stem", STEM);
      List<WebElement> options =
          browser.driver().findElements(By.cssSelector("input.cq-option-text"));
      options.get(0).sendKeys("应当设立");
      options.get(1).sendKeys("无需设立");
      browser.click("questionForm:save");
      browser.waitForText(By.id("messages"), "恰好有一个正确选项");
      assertEquals(STEM, browser.value("questionForm:stem"), "nothing typed is lost");

      browser.driver().findElements(By.cssSelector(".cq-option .ui-chkbox-box")).get(0).click();
      browser.click("questionForm:save");
      browser.waitForText(By.id("messages"), "试题已保存");
      browser.screenshot("question-saved");

      browser.open("/regulation/questions.xhtml");
      browser.type("listForm:text", "质量安全负责人吗");
      browser.clickAndWaitForUpdate("listForm:search", "listForm:questions");
      browser.waitForText(By.id("listForm:questions"), STEM);
    }
    try (Browser phone = Browser.phone(base)) {
      phone.signIn("provadmin", PASSWORD);
      phone.open("/regulation/questions.xhtml");
      phone.waitFor("listForm:questions");
      assertTrue(phone.fitsWidth(), "the question list scrolls sideways at 375 px");
      phone.screenshot("questions-phone");
    }
  }

  @Test
  void anAdministratorDefinesAndOpensAnAnnualAssessment() {
    String title = "浏览器测试年度考核 " + System.currentTimeMillis();
    try (Browser browser = Browser.desktop(base)) {
      browser.signIn("provadmin", PASSWORD);
      browser.open("/regulation/index.xhtml").click("openCampaigns");
      browser.waitFor("listForm:new").click();
      browser.waitFor("campaignForm:title");
      browser.type("campaignForm:title", title);
      CampaignForm.window(browser, LocalDate.now().minusDays(1), LocalDate.now().plusDays(30));
      CampaignForm.firstQuota(browser, "原料管理", 1, "判断题", 50, 2);
      browser.click("campaignForm:save");
      browser.waitForText(By.id("messages"), "第 1 条抽题规则要抽 50 道题");
      assertEquals(title, browser.value("campaignForm:title"), "nothing typed is lost");
      assertEquals("50", browser.value("campaignForm:quotas:0:quotaCount"));

      browser.type("campaignForm:quotas:0:quotaCount", "1");
      browser.type("campaignForm:quotas:0:quotaPoints", "100");
      browser.click("campaignForm:save");
      browser.waitForText(By.id("messages"), "已保存为草稿");
      browser.waitForText(By.id("status"), "草稿");
      browser.click("campaignForm:openCampaign");
      browser.confirm();
      browser.waitForText(By.id("messages"), "考核已开启");
      browser.waitForText(By.id("status"), "已开启");
      browser.waitForText(By.id("peopleForm:enrolments"), "李慧");
      browser.screenshot("campaign-opened");
      browser.click("campaignForm:statistics");
      browser.waitForText(By.id("statisticsForm:byPosition"), "质量安全负责人");
      browser.waitForText(By.id("statisticsForm:notTaken"), "李慧");
      String byJurisdiction =
          Browser.cells(browser.download("statisticsForm", "statisticsForm:export"));
      assertTrue(byJurisdiction.contains("石嘴山市"), byJurisdiction);
      assertTrue(byJurisdiction.contains("合计"), byJurisdiction);
      browser.screenshot("campaign-statistics");

      browser.open("/regulation/campaigns.xhtml");
      browser.waitForText(By.id("listForm:campaigns"), title);
      browser.signOut();

      browser.signIn("inspector", PASSWORD);
      browser.open("/regulator/index.xhtml").click("assessmentResults");
      browser.waitFor("gradingForm:answers");
      browser.waitFor("filingForm:filings");
    }
  }
}
