package org.cosqual.portal.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The real war in a real headless Chromium: signing in and out, menus by role, refusals, error
 * pages.
 */
class BrowserIT extends RealWarBrowserTest {

  @Test
  void aRegulatorAdministratorSeesTheirAreasIsRefusedAdministrationAndSignsOut() {
    try (Browser browser = Browser.desktop(base)) {
      browser.signIn("provadmin", PASSWORD);
      assertEquals("/regulation/index.xhtml", browser.path());
      assertEquals("监管处工作台", browser.title());
      List<String> menu = browser.menu();
      assertTrue(
          menu.containsAll(List.of("menu-regulation", "menu-regulator", "menu-password")),
          menu.toString());
      assertFalse(
          menu.contains("menu-admin") || menu.contains("menu-audit") || menu.contains("menu-staff"),
          menu.toString());
      assertTrue(browser.driver().findElement(By.id("currentRoles")).getText().contains("监管处管理员"));
      browser.screenshot("regulation-dashboard");

      browser.open("/admin/accounts.xhtml");
      assertEquals("无权访问", browser.title());
      browser.screenshot("403");

      browser.open("/regulation/index.xhtml").signOut();
      assertEquals("/login.xhtml?signedOut=true", browser.path());
      browser.open("/regulation/index.xhtml");
      assertEquals("/login.xhtml", browser.path());
    }
  }

  @Test
  void theAuditorSeesOnlyTheAuditLogAndVerifiesTheChain() {
    try (Browser browser = Browser.desktop(base)) {
      browser.signIn("auditor", PASSWORD);
      assertEquals("/audit/index.xhtml", browser.path());
      assertEquals(List.of("menu-audit", "menu-password"), browser.menu());
      browser.click("verifyForm:verify");
      browser.waitFor("verifyForm:intact");
      assertTrue(browser.messages().contains("审计链完整"), browser.messages());
      browser.waitForText(By.id("trailForm:entries"), "auditor");
      browser.screenshot("audit");

      browser.open("/admin/index.xhtml");
      assertEquals("无权访问", browser.title());
    }
  }

  @Test
  void wrongPasswordsAreToldAndTheFifthLocksTheAccount() {
    try (Browser browser = Browser.desktop(base)) {
      for (int attempt = 1; attempt <= 4; attempt++) {
        browser.signIn("inspector2", "Wrong#Password1");
        assertTrue(browser.messages().contains("用户名或密码错误"), browser.messages());
      }
      browser.signIn("inspector2", "Wrong#Password1");
      assertTrue(browser.messages().contains("账号已锁定"), browser.messages());
      assertEquals(
          "inspector2",
          browser.driver().findElement(By.id("loginForm:username")).getAttribute("value"));
      browser.signIn("inspector2", PASSWORD);
      assertTrue(browser.messages().contains("账号已锁定"), browser.messages());
      browser.screenshot("locked");
    }
  }

  @Test
  void emptyFieldsAndUnknownUsersGetClearMessages() {
    try (Browser browser = Browser.desktop(base)) {
      browser.open("/login.xhtml").click("loginForm:signIn");
      browser.waitForText(By.cssSelector("body"), "请填写此项");
      assertTrue(browser.messages().contains("用户名：请填写此项"), browser.messages());
      browser.signIn("nosuchuser", PASSWORD);
      assertTrue(browser.messages().contains("用户名或密码错误"), browser.messages());
    }
  }

  @Test
  void anAdministratorCreatesAnAccountWhoseHolderMustChooseANewPassword() {
    String oneTimePassword;
    try (Browser admin = Browser.desktop(base)) {
      admin.signIn("sysadmin", PASSWORD);
      assertEquals("/admin/index.xhtml", admin.path());
      admin.click("manageAccounts");
      admin.waitFor("createForm:username");
      admin.type("createForm:username", "newstaff");
      admin.type("createForm:personName", "钱多多");
      admin.toggleInCheckboxMenu("createForm:roles", "REGULATOR");
      admin.click("createForm:create");
      admin.waitForText(By.id("messages"), "监管单位");
      assertTrue(admin.messages().contains("监管人员"), admin.messages());
      assertEquals(
          "newstaff",
          admin.driver().findElement(By.id("createForm:username")).getAttribute("value"),
          "the form keeps what was typed");

      admin.toggleInCheckboxMenu("createForm:roles", "REGULATOR");
      admin.toggleInCheckboxMenu("createForm:roles", "KEY_STAFF");
      admin.click("createForm:create");
      oneTimePassword = admin.waitFor("issuedPassword").getText();
      assertTrue(admin.messages().contains("newstaff"), admin.messages());
      admin.waitForText(By.id("accountsForm:accounts"), "钱多多");
      admin.screenshot("accounts");
    }
    try (Browser holder = Browser.desktop(base)) {
      holder.signIn("newstaff", oneTimePassword);
      assertEquals("/account/password.xhtml", holder.path());
      holder.open("/staff/index.xhtml");
      assertEquals("/account/password.xhtml", holder.path());

      holder.type("passwordForm:current", oneTimePassword);
      holder.type("passwordForm:newPassword", "Fresh#Start2026");
      holder.type("passwordForm:confirmation", "Fresh#Start2027");
      holder.click("passwordForm:change");
      holder.waitForText(By.id("messages"), "两次输入的新密码不一致");

      holder.type("passwordForm:current", oneTimePassword);
      holder.type("passwordForm:newPassword", "Fresh#Start2026");
      holder.type("passwordForm:confirmation", "Fresh#Start2026");
      holder.click("passwordForm:change");
      holder.waitForText(By.id("pageTitle"), "我的学习");
      assertTrue(holder.messages().contains("密码已修改"), holder.messages());
    }
  }

  @Test
  void unknownPagesShowTheNotFoundPageAndEnglishIsOneClickAway() {
    try (Browser browser = Browser.desktop(base)) {
      browser.signIn("qso", PASSWORD);
      browser.open("/no/such/page.xhtml");
      assertEquals("页面不存在", browser.title());
      browser.screenshot("404");

      browser.open("/staff/index.xhtml").click("langEn");
      browser.waitForText(By.id("pageTitle"), "My learning");
      assertTrue(
          browser
              .driver()
              .findElement(By.id("currentRoles"))
              .getText()
              .contains("Key-position staff"));
    }
  }

  @Test
  void aFailingPageShowsTheErrorPageWithoutAStackTrace() {
    try (Browser browser = Browser.desktop(base)) {
      browser.open("/public/failing.xhtml");
      assertEquals("系统错误", browser.title());
      String shown = browser.driver().findElement(By.tagName("body")).getText();
      assertFalse(
          shown.contains("Exception") || shown.contains("at org.") || shown.contains("substring"),
          "a stack trace is shown: " + shown);
    }
  }

  @Test
  void aFormPostedAfterTheSessionEndedShowsTheExpiredPage() {
    try (Browser browser = Browser.desktop(base)) {
      browser.open("/login.xhtml");
      browser.driver().manage().deleteAllCookies();
      browser.type("loginForm:username", "qso");
      browser.type("loginForm:password", PASSWORD);
      browser.click("loginForm:signIn");
      browser.waitForText(By.id("pageTitle"), "页面已过期");
      assertTrue(browser.driver().findElement(By.id("homeLink")).isDisplayed());
    }
  }

  @Test
  void signInAndPublicPagesFitAPhoneScreen() {
    try (Browser phone = Browser.phone(base)) {
      phone.open("/public/index.xhtml");
      assertEquals(Browser.PHONE_WIDTH, phone.viewportWidth());
      assertTrue(phone.fitsWidth(), "the public home scrolls sideways at 375 px");
      phone.screenshot("phone-public");
      phone.signIn("qso", PASSWORD);
      assertEquals("我的学习", phone.title());
      assertTrue(phone.fitsWidth(), "the staff dashboard scrolls sideways at 375 px");
      phone.screenshot("phone-staff");
    }
  }
}
