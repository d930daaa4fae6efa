package org.cosqual.portal.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The association's editor drafts a typical case (an empty title is refused with the form kept, a
 * script in the text does not survive, a mislabelled attachment is refused) and submits it; the
 * province's administrator returns it with a reason from the review queue; the editor corrects and
 * resubmits it, and the administrator approves it, which publishes it, and rebuilds the search
 * index. An anonymous visitor finds it by its title and opens it. The editor then revises the
 * published case, and the comparison of its two versions shows what changed.
 */
class ContentEditingBrowserIT extends RealWarBrowserTest {

  private static final String TITLE = "某化妆品公司质量安全负责人未履职案（浏览器）";
  private static final String REASON = "请补充处罚依据的具体条款";
  private static final String MINIMAL_PDF =
      "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
          + "2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n";

  @Test
  void anEditorsCaseIsReturnedCorrectedApprovedAndRevised() {
    try (Browser browser = Browser.desktop(base)) {
      browser.signIn("editor", PASSWORD);
      browser.open("/association/index.xhtml").click("openContent");
      browser.waitFor("newItems").findElement(By.linkText("典型案例")).click();
      browser.waitFor("itemForm:violationType");
      browser.type("itemForm:violationType", "未按规定履行质量安全负责人职责");
      browser.type("itemForm:legalBasis", "《化妆品生产质量管理规范》");
      browser.type("itemForm:handling", "责令改正并罚款");
      browser.typeRichText("itemForm:body", "企业质量安全负责人长期不在岗，未审核产品放行。");
      browser.click("itemForm:save");
      browser.waitForText(By.id("messages"), "标题：请填写此项");
      assertEquals("未按规定履行质量安全负责人职责", browser.value("itemForm:violationType"));
      assertEquals("责令改正并罚款", browser.value("itemForm:handling"));
      assertTrue(
          browser.richText("itemForm:body").getText().contains("未审核产品放行"),
          "the text typed is kept");

      browser.type("itemForm:title", TITLE);
      writeBodyHtml(
          browser,
          "<p>企业质量安全负责人长期不在岗，未审核产品放行。</p>"
              + "<script>document.title='pwned'</script>"
              + "<p><img src=x onerror=\"document.title='pwned'\">事实清楚。</p>");
      browser.click("itemForm:save");
      browser.waitForText(By.id("messages"), "已保存");
      browser.waitForText(By.id("itemStatus"), "草稿");
      WebElement body = browser.driver().findElement(By.id("itemBody"));
      assertTrue(body.getText().contains("事实清楚"), body.getText());
      assertTrue(body.findElements(By.tagName("script")).isEmpty(), "no script survives");
      assertTrue(
          body.findElements(By.cssSelector("[onerror]")).isEmpty(), "no event handler survives");
      String itemPage = browser.path();

      attach(browser, "处罚决定书.pdf", "这不是 PDF".getBytes(StandardCharsets.UTF_8));
      browser.waitForText(By.id("messages"), "按文件内容判断");
      attach(browser, "处罚决定书.pdf", MINIMAL_PDF.getBytes(StandardCharsets.US_ASCII));
      browser.waitForText(By.id("messages"), "添加附件");
      browser.waitForText(By.id("attachmentsForm:attachments"), "处罚决定书.pdf");

      browser.type("actionsForm:note", "请审核");
      browser.click("actionsForm:submit");
      browser.waitForText(By.id("itemStatus"), "审核中");
      browser.signOut();

      browser.signIn("provadmin", PASSWORD);
      browser.open("/regulation/index.xhtml").click("contentReview");
      browser.waitForText(By.id("queue"), TITLE);
      browser.driver().findElement(By.linkText(TITLE)).click();
      browser.waitFor("actionsForm:reason");
      browser.type("actionsForm:reason", REASON);
      browser.click("actionsForm:return");
      browser.waitForText(By.id("itemStatus"), "已退回");
      browser.signOut();

      browser.signIn("editor", PASSWORD);
      browser.open("/cases/index.xhtml");
      browser.waitForText(By.id("myItems"), "已退回");
      browser.driver().findElement(By.linkText(TITLE)).click();
      browser.waitForText(By.id("steps"), REASON);
      browser.click("actionsForm:edit");
      browser.waitFor("itemForm:legalBasis");
      assertEquals(TITLE, browser.value("itemForm:title"), "the form opens with the draft");
      browser.type("itemForm:legalBasis", "《化妆品监督管理条例》第六十条");
      browser.click("itemForm:save");
      browser.waitForText(By.id("messages"), "已保存");
      browser.click("actionsForm:submit");
      browser.waitForText(By.id("itemStatus"), "审核中");
      browser.signOut();

      browser.signIn("provadmin", PASSWORD);
      browser.open(itemPage);
      browser.waitForText(By.id("itemCard"), "第六十条");
      browser.click("actionsForm:approve");
      browser.waitForText(By.id("itemStatus"), "已发布");
      browser.waitForText(By.id("steps"), "审核通过");
      browser.open("/cases/review.xhtml");
      browser.click("indexForm:rebuildIndex");
      browser.waitForText(By.id("messages"), "搜索索引已重建");
      browser.screenshot("content-published");
      browser.signOut();

      browser.open("/public/search.xhtml?q=" + URLEncoder.encode(TITLE, StandardCharsets.UTF_8));
      browser.waitForText(By.id("hits"), TITLE);
      browser.driver().findElement(By.id("hits")).findElement(By.linkText(TITLE)).click();
      browser.waitForText(By.id("body"), "事实清楚");
      assertTrue(browser.path().matches("/public/items/\\d+"), browser.path());
      assertTrue(
          browser.driver().findElements(By.cssSelector("#body script, #body [onerror]")).isEmpty(),
          "the public page shows the sanitised text");

      browser.signIn("editor", PASSWORD);
      browser.open(itemPage);
      browser.click("actionsForm:edit");
      browser.waitFor("itemForm:changeSummary");
      browser.type("itemForm:handling", "责令改正，罚款五万元");
      browser.type("itemForm:changeSummary", "补充罚款金额");
      browser.click("itemForm:save");
      browser.waitForText(By.id("messages"), "已保存");
      browser.waitForText(By.id("itemCard"), "第 2 版");
      browser.waitForText(By.id("itemStatus"), "已发布");
      browser.click("versions:1:compare");
      browser.waitForText(By.id("compared"), "第 1 版 → 第 2 版");
      WebElement diff = browser.waitFor("diff");
      assertTrue(diff.getText().contains("处理情况"), diff.getText());
      assertTrue(
          diff.findElement(By.cssSelector("ins.cq-added")).getText().contains("五万元"),
          "the new text is marked as added");
      assertTrue(
          diff.findElement(By.cssSelector("del.cq-removed")).getText().contains("并罚款"),
          "the old text is marked as removed");
      browser.screenshot("content-compare");
    }
  }

  private static void attach(Browser browser, String name, byte[] content) {
    try {
      Path dir = Files.createDirectories(Path.of("target", "uploads", "content"));
      Path file = Files.write(dir.resolve(name), content);
      browser
          .driver()
          .findElement(By.cssSelector("[id='attachmentsForm'] input[type=file]"))
          .sendKeys(file.toAbsolutePath().toString());
      browser.click("attachmentsForm:attach");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** What a crafted request would send: the editor's hidden field set past the editor itself. */
  private static void writeBodyHtml(Browser browser, String html) {
    ((ChromeDriver) browser.driver())
        .executeScript(
            "document.getElementById('itemForm:body_input').value = arguments[0];", html);
  }
}
