package org.cosqual.portal.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The province's administrator writes a handbook of two chapters, moves the second before the
 * first, and publishes it without review (the province's own); revising a section makes version 2,
 * whose comparison with version 1 names the changed section and marks the new words.
 */
class HandbookEditingBrowserIT extends RealWarBrowserTest {

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
          browser.value("itemForm:chapterList:1:sectionList:0:sectionBody"),
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
      browser.type("itemForm:chapterList:0:sectionList:0:sectionBody", "核对质量安全负责人的在岗情况。核对其培训学时。");
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
    }
  }

  private static void writeChapter(
      Browser browser, int index, String title, String sectionTitle, String body) {
    String chapter = "itemForm:chapterList:" + index + ":";
    browser.type(chapter + "chapterTitle", title);
    browser.type(chapter + "sectionList:0:sectionTitle", sectionTitle);
    browser.type(chapter + "sectionList:0:sectionBody", body);
  }
}
