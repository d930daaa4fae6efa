package org.cosqual.portal.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The province's administrator writes a single-choice question: without a correct option it is
 * refused with what was typed kept; marked, it is saved and found by a search of its stem; the list
 * fits a phone.
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
}
