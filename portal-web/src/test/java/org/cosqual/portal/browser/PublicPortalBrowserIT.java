package org.cosqual.portal.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVRecord;
import org.cosqual.portal.infrastructure.startup.SampleData;
import org.cosqual.portal.it.TestPdfs;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The public portal as an anonymous visitor finds it with the demo data: the home page, a search
 * for 质量安全负责人 with highlighted hits, the typical case at its readable address, a list filtered by
 * kind and paged (a page past the last shown as the last), the handbook as a PDF with its chapter
 * titles, clean 404 answers for what is not there, and the item page on a phone.
 */
class PublicPortalBrowserIT extends RealWarBrowserTest {

  private static final String OFFICER = "质量安全负责人";
  private static final String TYPICAL_CASE = "某化妆品企业质量安全负责人未履行产品放行职责案";
  private static final String GUIDE = "化妆品生产企业质量管理体系自查指南";
  private static final String ANONYMISED_CASE = "使用超过使用期限的原料生产化妆品案";
  private static final String ANONYMISED_ENTERPRISE = "石嘴山某生物科技有限公司";
  private static final String INTERNAL = "重点企业质量安全风险清单（内部）";

  private final HttpClient http = HttpClient.newHttpClient();

  @Test
  void aVisitorSearchesOpensACaseFiltersAListAndDownloadsAHandbook()
      throws IOException, InterruptedException {
    try (Browser browser = Browser.desktop(base)) {
      browser.open("/public/index.xhtml");
      browser.waitFor("mostRead");
      browser.waitForText(By.id("latest-TYPICAL_CASE"), TYPICAL_CASE);
      browser.waitFor("verifyLink");
      browser.screenshot("public-home");

      browser.type("q", OFFICER);
      browser.click("searchButton");
      browser.waitFor("hits");
      WebElement hit = link(browser, "hits", TYPICAL_CASE);
      assertFalse(
          hit.findElements(By.tagName("mark")).isEmpty(), "the words found are highlighted");
      assertTrue(
          browser.driver().findElements(By.cssSelector("#hits .cq-snippet mark")).size() > 0,
          "snippets mark the words found");
      assertFalse(
          browser.driver().findElement(By.id("hits")).getText().contains("（草稿）"),
          "no draft is found");
      browser.screenshot("public-search");

      hit.click();
      browser.waitFor("item");
      assertTrue(browser.path().matches("/public/items/\\d+"), browser.path());
      assertEquals(TYPICAL_CASE, browser.title());
      browser.waitForText(By.id("violationType"), "未按规定放行产品");
      browser.waitForText(By.id("body"), OFFICER);
      browser.waitForText(By.id("lessons"), "不得由他人代签");
      long views = Long.parseLong(text(browser, "viewCount"));
      assertTrue(views >= 1);
      String casePath = browser.path();
      browser.open(casePath);
      browser.waitFor("item");
      assertEquals(views + 1, Long.parseLong(text(browser, "viewCount")), "a kept page is counted");
      aKeptPageStartsNoSessionAndShowsItsCount(casePath);

      browser.click("langEn");
      browser.waitForText(By.id("menu-public"), "Public services");
      assertEquals(TYPICAL_CASE, browser.title(), "the chooser's page is rendered for them");
      browser.click("langZh");
      browser.waitForText(By.id("menu-public"), "公众服务");

      browser.open("/public/search.xhtml?q=" + "%EF%BC%81%EF%BC%9F%E3%80%82");
      browser.waitForText(By.id("messages"), "仅有标点符号");
      ((JavascriptExecutor) browser.driver())
          .executeScript("document.getElementById('q').value = arguments[0];", "质".repeat(10_000));
      browser.click("searchButton");
      browser.waitForText(By.id("messages"), "最多");

      browser.open("/public/index.xhtml").click("allItems");
      browser.waitFor("filters");
      new Select(browser.driver().findElement(By.id("kindFilter"))).selectByValue("TYPICAL_CASE");
      browser.click("applyFilters");
      browser.waitForText(By.id("pageOf"), "第 1 页");
      assertTrue(browser.path().contains("kind=TYPICAL_CASE"), browser.path());
      List<String> kinds = kinds(browser);
      assertTrue(kinds.size() >= 3, kinds.toString());
      assertTrue(kinds.stream().allMatch("TYPICAL_CASE"::equals), kinds.toString());

      browser.open("/public/items.xhtml");
      browser.waitFor("nextPage");
      List<String> firstPage = titles(browser);
      browser.click("nextPage");
      browser.waitForText(By.id("pageOf"), "第 2 页");
      List<String> secondPage = titles(browser);
      assertFalse(secondPage.isEmpty());
      assertTrue(secondPage.stream().noneMatch(firstPage::contains), secondPage.toString());
      browser.open("/public/items.xhtml?page=999");
      browser.waitForText(By.id("messages"), "没有第 999 页");
      assertFalse(
          browser.driver().findElements(By.id("previousPage")).isEmpty(), "the last page shown");

      browser.open("/public/items.xhtml?kind=HANDBOOK");
      link(browser, "items", GUIDE).click();
      browser.waitFor("contents");
      String pdfAddress = browser.waitFor("handbookPdf").getAttribute("href");
      HttpResponse<byte[]> pdf = get(pdfAddress);
      assertEquals(200, pdf.statusCode());
      assertEquals("application/pdf", pdf.headers().firstValue("Content-Type").orElse(""));
      String pdfText = TestPdfs.text(pdf.body());
      for (String chapter : guideChapters()) {
        assertTrue(pdfText.contains(chapter), chapter + " in " + pdfText);
        browser.waitForText(By.id("contents"), chapter);
      }

      WebElement attachment =
          browser
              .driver()
              .findElement(By.cssSelector("#attachments a[href*='/public/attachments/']"));
      HttpResponse<byte[]> file = get(attachment.getAttribute("href"));
      assertEquals(200, file.statusCode());
      assertEquals("application/pdf", file.headers().firstValue("Content-Type").orElse(""));
      assertTrue(
          file.headers().firstValue("Content-Disposition").orElse("").startsWith("inline"),
          file.headers().toString());
      assertEquals("nosniff", file.headers().firstValue("X-Content-Type-Options").orElse(""));

      browser.open("/public/items/999999999");
      browser.waitForText(By.id("pageTitle"), "页面不存在");
      for (String missing :
          List.of(
              "public/items/999999999",
              "public/items/abc",
              "public/items/1/other",
              "public/items/999999999/handbook.pdf",
              "public/attachments/999999999",
              "public/attachments/x")) {
        assertEquals(404, get(base + missing).statusCode(), missing);
      }

      browser.open("/public/items.xhtml?kind=TYPICAL_CASE");
      link(browser, "items", ANONYMISED_CASE).click();
      browser.waitForText(By.id("enterprise"), "不公开");
      assertFalse(
          browser.driver().findElement(By.id("item")).getText().contains(ANONYMISED_ENTERPRISE),
          "an anonymised case does not name its enterprise");

      browser.open("/public/items.xhtml?kind=COMMON_PROBLEMS");
      browser.waitFor("items");
      assertFalse(titles(browser).contains(INTERNAL), "regulators only");
      browser.signIn("inspector", PASSWORD);
      browser.open("/public/items.xhtml?kind=COMMON_PROBLEMS");
      browser.waitForText(By.id("items"), INTERNAL);

      try (Browser phone = Browser.phone(base)) {
        phone.open(casePath);
        phone.waitFor("item");
        assertTrue(phone.fitsWidth(), "the case scrolls sideways at 375 px");
        phone.screenshot("public-item-phone");
        phone.open("/public/items.xhtml?kind=COMMON_PROBLEMS");
        phone.driver().findElement(By.cssSelector("#items a")).click();
        phone.waitFor("problems");
        assertTrue(phone.fitsWidth(), "the common-problem list scrolls sideways at 375 px");
        phone.screenshot("public-problems-phone");
      }
    }
  }

  /**
   * An anonymous visitor's item page comes without a session cookie, the same twice but for its
   * view count, one more the second time; the page's inner address is not one of the portal's.
   */
  private void aKeptPageStartsNoSessionAndShowsItsCount(String casePath)
      throws IOException, InterruptedException {
    HttpResponse<byte[]> first = get(base + casePath.substring(1));
    HttpResponse<byte[]> second = get(base + casePath.substring(1));
    for (HttpResponse<byte[]> page : List.of(first, second)) {
      assertEquals(200, page.statusCode());
      assertEquals(List.of(), page.headers().allValues("Set-Cookie"), "no session");
    }
    String count = "id=\"viewCount\">(\\d+)<";
    long before = Long.parseLong(firstGroup(first, count));
    assertEquals(before + 1, Long.parseLong(firstGroup(second, count)));
    assertEquals(
        utf8(first).replaceFirst(count, ""),
        utf8(second).replaceFirst(count, ""),
        "the same page but for the count");
    String id = casePath.substring(casePath.lastIndexOf('/') + 1);
    assertEquals(404, get(base + "public/item.xhtml?id=" + id).statusCode());
  }

  private static String firstGroup(HttpResponse<byte[]> page, String regex) {
    Matcher found = Pattern.compile(regex).matcher(utf8(page));
    assertTrue(found.find(), regex);
    return found.group(1);
  }

  private static String utf8(HttpResponse<byte[]> page) {
    return new String(page.body(), StandardCharsets.UTF_8);
  }

  private static WebElement link(Browser browser, String listId, String title) {
    browser.waitForText(By.id(listId), title);
    return browser.driver().findElements(By.cssSelector("#" + listId + " a")).stream()
        .filter(a -> a.getText().equals(title))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no link " + title));
  }

  private static String text(Browser browser, String id) {
    return browser.driver().findElement(By.id(id)).getText().strip();
  }

  private static List<String> kinds(Browser browser) {
    return browser.driver().findElements(By.cssSelector("#items li")).stream()
        .map(li -> li.getAttribute("data-kind"))
        .toList();
  }

  private static List<String> titles(Browser browser) {
    return browser.driver().findElements(By.cssSelector("#items .cq-item-title")).stream()
        .map(WebElement::getText)
        .toList();
  }

  private static List<String> guideChapters() {
    return SampleData.read("handbook-sections.csv").stream()
        .filter(row -> row.get("item").equals("hb-guide"))
        .map((CSVRecord row) -> row.get("chapter"))
        .distinct()
        .toList();
  }

  private HttpResponse<byte[]> get(String address) throws IOException, InterruptedException {
    return http.send(
        HttpRequest.newBuilder(URI.create(address)).GET().build(), BodyHandlers.ofByteArray());
  }
}
