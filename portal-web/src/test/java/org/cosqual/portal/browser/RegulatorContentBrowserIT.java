package org.cosqual.portal.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;

/**
 * The province's administrator writes a handbook of two chapters, moves the second before the
 * first, and publishes it without review (the province's own); revising a section makes version 2,
 * whose comparison with version 1 names the changed section and marks the new words.
 */
class RegulatorContentBrowserIT extends RealWarBrowserTest {

  private static final String TITLE = "化妆品生产质量管理体系自查指南（浏览器）";
  private static final String CHAPTERS = "itemForm:chapters";

  @Test
  void aHandbookIsReorderedPublishedRevisedAndCompared() {
    try (Browser browser = Browser.desktop(base)) {
      browser.signIn("provadmin", PASSWORD);
      browser.open("/cases/item-form.xhtml?kind=HANDBOOK");
      browser.chooseInMenu("itemForm:handbookType", "指南手册");
      browser.type("itemForm:title", TITLE);
      writeChapter(browser, 0, "总则", "适用范围", "本指南适用于本省化妆品注册人和受托生产企业。");
      browser.clickAndWaitForUpdate("itemForm:addChapter", CHAPTERS);
      writeChapter(browser, 1, "自查要点", "关键岗位", "核对质量安全负责人的在岗情况。");
      browser.clickAndWaitForUpdate("itemForm:chapterList:1:chapterUp", CHAPTERS);
      assertEquals("自查要点", browser.value("itemForm:chapterList:0:chapterTitle"));
      assertEquals("总则", browser.value("itemForm:chapterList:1:chapterTitle"));
      assertEquals(
          "本指南适用于本省化妆品注册人和受托生产企业。",
          browser.richText("itemForm:chapterList:1:sectionList:0:sectionBody").getText(),
          "a moved chapter keeps its sections");
      browser.click("itemForm:save");
      browser.waitForText(By.id("messages"), "已保存");
      browser.waitForText(By.id("itemStatus"), "草稿");
      WebElement card = browser.driver().findElement(By.id("itemCard"));
      assertTrue(
          card.getText().indexOf("自查要点") < card.getText().indexOf("总则"),
          "the chapters keep the order of the form");
      browser.click("actionsForm:publish");
      browser.waitForText(By.id("itemStatus"), "已发布");

      browser.click("actionsForm:edit");
      browser.waitFor("itemForm:changeSummary");
      browser.replaceRichText(
          "itemForm:chapterList:0:sectionList:0:sectionBody", "核对质量安全负责人的在岗情况。核对其培训学时。");
      browser.type("itemForm:changeSummary", "增加培训学时的自查");
      browser.click("itemForm:save");
      browser.waitForText(By.id("messages"), "已保存");
      browser.waitForText(By.id("itemCard"), "第 2 版");
      browser.click("versions:1:compare");
      browser.waitForText(By.id("compared"), "第 1 版 → 第 2 版");
      WebElement changed = browser.driver().findElement(By.cssSelector(".cq-diff-CHANGED"));
      assertTrue(changed.getText().contains("自查要点 › 关键岗位"), changed.getText());
      assertEquals("核对其培训学时。", changed.findElement(By.cssSelector("ins.cq-added")).getText());
      assertEquals(
          1,
          browser.driver().findElements(By.cssSelector(".cq-diff-CHANGED")).size(),
          "the other chapter is unchanged");
      browser.screenshot("handbook-compare");

      String itemPage = browser.driver().findElement(By.id("back")).getAttribute("href");
      browser.driver().get(itemPage);
      browser.click("actionsForm:edit");
      browser.waitFor("itemForm:changeSummary");
      String earlierForm = browser.driver().getWindowHandle();
      browser.driver().switchTo().newWindow(WindowType.TAB);
      browser.driver().get(itemPage);
      browser.click("actionsForm:edit");
      browser.type("itemForm:changeSummary", "另一处修改");
      browser.click("itemForm:save");
      browser.waitForText(By.id("messages"), "已保存");
      browser.driver().close();
      browser.driver().switchTo().window(earlierForm);
      browser.type("itemForm:changeSummary", "基于旧版本的修改");
      browser.click("itemForm:save");
      browser.waitForText(By.id("messages"), "已被他人修改");
      assertEquals("基于旧版本的修改", browser.value("itemForm:changeSummary"));

      browser.driver().get(itemPage);
      browser.click("actionsForm:publish");
      browser.waitForText(By.id("messages"), "已发布");
      browser.waitForText(By.id("versions"), "另一处修改");
      browser.click("actionsForm:archive");
      browser.confirm();
      browser.waitForText(By.id("itemStatus"), "已归档");
      assertTrue(
          browser.driver().findElements(By.id("actionsForm:edit")).isEmpty(),
          "an archived item is no longer edited");
    }
  }

  @Test
  void aCommonProblemListAndAQaEntryAreWrittenInTheSameForm() {
    try (Browser browser = Browser.desktop(base)) {
      browser.signIn("provadmin", PASSWORD);
      browser.open("/cases/index.xhtml");
      browser.waitFor("newItems").findElement(By.linkText("共性问题清单")).click();
      browser.waitFor("itemForm:period");
      browser.type("itemForm:title", "2026年第一季度共性问题清单（浏览器）");
      browser.type("itemForm:period", "2026年第一季度");
      browser.type("itemForm:problemRows:0:problem", "物料放行记录不完整");
      browser.type("itemForm:problemRows:0:count", "十二");
      browser.click("itemForm:save");
      browser.waitForText(By.id("itemForm:problemRows"), "涉及企业数须为整数");
      assertEquals("物料放行记录不完整", browser.value("itemForm:problemRows:0:problem"));
      browser.type("itemForm:problemRows:0:count", "12");
      browser.click("itemForm:save");
      browser.waitForText(By.id("messages"), "问题类别：请填写此项");
      browser.chooseInMenu("itemForm:problemRows:0:category", "原料合规");
      browser.click("itemForm:save");
      browser.waitForText(By.id("messages"), "已保存");
      browser.waitForText(By.id("problems"), "物料放行记录不完整");
      browser.waitForText(By.id("problems"), "原料合规");
      browser.waitForText(By.id("problems"), "待整改");

      browser.open("/cases/item-form.xhtml?kind=QA_ENTRY");
      browser.type("itemForm:title", "质量安全负责人可以兼任生产部门负责人吗？（浏览器）");
      browser.type("itemForm:legalBasis", "《化妆品生产质量管理规范》第六条");
      browser.typeRichText("itemForm:body", "不可以，质量安全负责人应独立履行职责。");
      browser.click("itemForm:save");
      browser.waitForText(By.id("messages"), "已保存");
      browser.waitForText(By.id("itemCard"), "第六条");
      browser.waitForText(By.id("itemBody"), "独立履行职责");
    }
  }

  private static void writeChapter(
      Browser browser, int index, String title, String sectionTitle, String body) {
    String chapter = "itemForm:chapterList:" + index + ":";
    browser.type(chapter + "chapterTitle", title);
    browser.type(chapter + "sectionList:0:sectionTitle", sectionTitle);
    browser.typeRichText(chapter + "sectionList:0:sectionBody", body);
  }
}
