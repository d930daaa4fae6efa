package org.cosqual.portal.browser;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The province's key positions in headless Chromium: the province's administrator adds one, an
 * enterprise can file to it, and once retired the enterprise's form no longer offers it; a city's
 * administrator only reads the list.
 */
class KeyPositionBrowserIT extends RealWarBrowserTest {

  private static final String POSITION = "质量受权人（浏览器）";

  @Test
  void theProvinceAddsAPositionEnterprisesFileToItUntilItIsRetired() {
    try (Browser browser = Browser.desktop(base)) {
      browser.signIn("cityadmin", PASSWORD);
      browser.open("/personnel/index.xhtml").click("keyPositions");
      browser.waitFor("readOnly");
      assertTrue(browser.driver().findElements(By.id("defineForm")).isEmpty());
      browser.waitForText(By.id("positionsForm:positions"), "质量安全负责人");
      browser.signOut();

      browser.signIn("provadmin", PASSWORD);
      browser.open("/personnel/key-positions.xhtml");
      browser.click("defineForm:define");
      browser.waitForText(By.id("defineForm"), "请填写此项");
      browser.type("defineForm:name", POSITION);
      browser.type("defineForm:englishName", "Qualified person");
      browser.clickAndWaitForUpdate("defineForm:define", "positionsForm:positions");
      browser.waitForText(By.id("messages"), "已增设关键岗位“" + POSITION + "”");
      browser.waitForText(By.id("positionsForm:positions"), POSITION);
      browser.screenshot("key-positions");
      browser.signOut();

      browser.signIn("entadmin", PASSWORD);
      browser.open("/personnel/staff.xhtml");
      browser.waitFor("fileAppointment").click();
      browser.waitFor("filingForm:name");
      assertTrue(offered(browser).contains(POSITION), offered(browser).toString());
      browser.chooseInMenu("filingForm:position", POSITION);
      browser.signOut();

      browser.signIn("provadmin", PASSWORD);
      browser.open("/personnel/key-positions.xhtml");
      WebElement row =
          browser
              .driver()
              .findElement(
                  By.xpath(
                      "//tr[.//span[@class='cq-position-name' and text()='" + POSITION + "']]"));
      row.findElement(By.cssSelector("[id$=':retire']")).click();
      browser.confirm();
      browser.waitForText(By.id("messages"), "已停用关键岗位“" + POSITION + "”");
      browser.signOut();

      browser.signIn("entadmin", PASSWORD);
      browser.open("/personnel/staff.xhtml");
      browser.waitFor("fileAppointment").click();
      browser.waitFor("filingForm:name");
      assertTrue(offered(browser).contains("质量安全负责人"), offered(browser).toString());
      assertFalse(offered(browser).contains(POSITION), "a retired position is still offered");
    }
  }

  /** The labels of the filing form's position menu. */
  private static List<String> offered(Browser browser) {
    return browser
        .driver()
        .findElements(By.cssSelector("[id='filingForm:position_input'] option"))
        .stream()
        .map(option -> option.getAttribute("textContent").strip())
        .toList();
  }
}
