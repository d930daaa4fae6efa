package org.cosqual.portal.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The enterprise pages of the real war in headless Chromium: a regulator filters the list, opens an
 * enterprise and grades its risk; its administrator edits the contact phone; the list on a phone.
 */
class EnterpriseBrowserIT extends RealWarBrowserTest {

  private static final String YINCHUAN_ENTERPRISE = "宁夏塞上本草化妆品有限公司";
  private static final String SHIZUISHAN_ENTERPRISE = "石嘴山贺兰雪生物科技有限公司";
  private static final By ROWS = By.cssSelector("#listForm\\:enterprises_data > tr");

  @Test
  void aRegulatorFiltersTheListOpensAnEnterpriseAndGradesItsRisk() {
    try (Browser browser = Browser.desktop(base)) {
      browser.signIn("cityadmin", PASSWORD);
      browser.open("/personnel/index.xhtml").click("openEnterprises");
      browser.waitForText(By.id("listForm:enterprises"), YINCHUAN_ENTERPRISE);
      assertTrue(
          browser.driver().findElements(By.linkText(SHIZUISHAN_ENTERPRISE)).isEmpty(),
          "another city's enterprise is listed");

      browser.type("listForm:name", "没有这个名字");
      browser.clickAndWaitForUpdate("listForm:search", "listForm:enterprises");
      browser.waitForText(By.id("listForm:enterprises"), "暂无数据");
      browser.type("listForm:name", "塞上本草");
      browser.clickAndWaitForUpdate("listForm:search", "listForm:enterprises");
      browser.waitForText(By.id("listForm:enterprises"), YINCHUAN_ENTERPRISE);
      List<WebElement> rows = browser.driver().findElements(ROWS);
      assertEquals(1, rows.size(), "the filter leaves one row");
      browser.screenshot("enterprises");

      browser.driver().findElement(By.linkText(YINCHUAN_ENTERPRISE)).click();
      browser.waitFor("registrationForm:riskGrade");
      assertEquals(YINCHUAN_ENTERPRISE, browser.title());
      browser.chooseInMenu("registrationForm:riskGrade", "C");
      browser.click("registrationForm:save");
      browser.waitForText(By.id("messages"), "登记信息已保存");
      browser.screenshot("enterprise-regulator");

      browser.open("/personnel/enterprises.xhtml");
      browser.chooseInMenu("listForm:riskGrade", "C");
      browser.clickAndWaitForUpdate("listForm:search", "listForm:enterprises");
      browser.waitForText(By.id("listForm:enterprises"), YINCHUAN_ENTERPRISE);
      assertTrue(
          browser.driver().findElements(ROWS).stream()
              .allMatch(row -> row.findElement(By.className("cq-grade")).getText().equals("C")),
          "only enterprises of grade C are listed");
    }
  }

  @Test
  void aRegulatorRegistersAnEnterpriseAndARefusalKeepsTheDialogAsTyped() {
    String name = "浏览器测试化妆品有限公司";
    try (Browser browser = Browser.desktop(base)) {
      browser.signIn("cityadmin", PASSWORD);
      browser.open("/personnel/enterprises.xhtml").click("listForm:openRegister");
      browser.waitFor("registerForm:name");
      browser.type("registerForm:name", name);
      browser.type("registerForm:creditCode", "91640104MA7ENT013A");
      browser.chooseInMenu("registerForm:jurisdiction", "银川市");
      browser
          .driver()
          .findElement(By.cssSelector("[id='registerForm:kinds'] .ui-chkbox-box"))
          .click();
      browser.click("registerForm:producesItself");
      browser.type("registerForm:licenseNo", "宁妆20240013");
      browser.click("registerForm:register");
      browser.waitForText(By.id("registerForm:registerMessages"), "校验位不符");
      assertEquals(
          name, browser.driver().findElement(By.id("registerForm:name")).getAttribute("value"));

      browser.type("registerForm:creditCode", "91640104MA7ENT013E");
      browser.click("registerForm:register");
      browser.waitForText(By.id("pageTitle"), name);
      assertTrue(browser.messages().contains("已登记"), browser.messages());
      assertTrue(browser.path().startsWith("/personnel/enterprise.xhtml?id="), browser.path());
      browser.waitFor("administratorForm:username");
    }
  }

  @Test
  void theEnterpriseAdministratorEditsTheContactPhoneButNotTheRegisteredFacts() {
    try (Browser browser = Browser.desktop(base)) {
      browser.signIn("entadmin", PASSWORD);
      assertEquals("/enterprise/index.xhtml", browser.path());
      browser.click("myEnterprise");
      browser.waitFor("contactForm:phone");
      assertEquals(YINCHUAN_ENTERPRISE, browser.title());
      assertTrue(
          browser.driver().findElements(By.id("registrationForm")).isEmpty(),
          "the registered facts are not a form for the enterprise");
      assertEquals(YINCHUAN_ENTERPRISE, browser.driver().findElement(By.id("factName")).getText());

      browser.type("contactForm:phone", "call me");
      browser.type("contactForm:contactName", "周杰");
      browser.click("contactForm:save");
      browser.waitForText(By.id("messages"), "电话");
      assertEquals(
          "call me",
          browser.driver().findElement(By.id("contactForm:phone")).getAttribute("value"),
          "the refused form keeps what was typed");
      assertEquals(
          "周杰",
          browser.driver().findElement(By.id("contactForm:contactName")).getAttribute("value"));

      browser.type("contactForm:phone", "0951-5012345");
      browser.click("contactForm:save");
      browser.waitForText(By.id("messages"), "联系信息已保存");
      browser.screenshot("enterprise-contact");

      browser.open("/personnel/enterprise.xhtml");
      assertEquals(
          "0951-5012345",
          browser.waitFor("contactForm:phone").getAttribute("value"),
          "the saved phone is shown again");
    }
  }

  @Test
  void anEnterpriseOfAnotherCityIsNotFoundEvenByItsAddress() {
    String shizuishanPage;
    try (Browser province = Browser.desktop(base)) {
      province.signIn("provadmin", PASSWORD);
      province.open("/personnel/enterprises.xhtml");
      province.type("listForm:name", "贺兰雪");
      province.clickAndWaitForUpdate("listForm:search", "listForm:enterprises");
      province.waitForText(By.id("listForm:enterprises"), SHIZUISHAN_ENTERPRISE);
      String href =
          province.driver().findElement(By.linkText(SHIZUISHAN_ENTERPRISE)).getAttribute("href");
      shizuishanPage = href.substring(href.indexOf("/personnel/"));
    }
    try (Browser city = Browser.desktop(base)) {
      city.signIn("cityadmin", PASSWORD);
      city.open(shizuishanPage);
      assertEquals("页面不存在", city.title());
      city.open("/personnel/enterprise.xhtml?id=abc");
      assertEquals("页面不存在", city.title());
      city.open("/personnel/enterprise.xhtml");
      assertEquals("页面不存在", city.title(), "a regulator has no enterprise of their own");
    }
  }

  @Test
  void theFilteredListIsExportedToExcelWithinTheJurisdictionOnly() throws IOException {
    try (Browser browser = Browser.desktop(base)) {
      browser.signIn("cityadmin", PASSWORD);
      browser.open("/personnel/enterprises.xhtml");
      browser.type("listForm:name", "塞上本草");
      browser.clickAndWaitForUpdate("listForm:search", "listForm:enterprises");
      byte[] xlsx = browser.download("listForm", "listForm:export");
      try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
        Sheet sheet = workbook.getSheetAt(0);
        assertEquals("企业名称", sheet.getRow(0).getCell(0).getStringCellValue());
        assertEquals(1, sheet.getLastRowNum(), "the filter leaves one enterprise");
        assertEquals(YINCHUAN_ENTERPRISE, sheet.getRow(1).getCell(0).getStringCellValue());
        assertEquals("91640106MA76X2K5QG", sheet.getRow(1).getCell(1).getStringCellValue());
      }
    }
  }

  @Test
  void theListIsUsableOnAPhone() {
    try (Browser phone = Browser.phone(base)) {
      phone.signIn("cityadmin", PASSWORD);
      phone.open("/personnel/enterprises.xhtml");
      phone.waitForText(By.id("listForm:enterprises"), YINCHUAN_ENTERPRISE);
      assertEquals(Browser.PHONE_WIDTH, phone.viewportWidth());
      assertTrue(phone.fitsWidth(), "the enterprise list scrolls sideways at 375 px");
      phone.type("listForm:name", "塞上本草");
      phone.clickAndWaitForUpdate("listForm:search", "listForm:enterprises");
      phone.waitForText(By.id("listForm:enterprises"), YINCHUAN_ENTERPRISE);
      assertEquals(1, phone.driver().findElements(ROWS).size());
      phone.screenshot("phone-enterprises");

      phone.driver().findElement(By.linkText(YINCHUAN_ENTERPRISE)).click();
      phone.waitFor("registrationForm:save");
      assertTrue(phone.fitsWidth(), "the enterprise page scrolls sideways at 375 px");
      phone.screenshot("phone-enterprise");
    }
  }
}
