package org.cosqual.portal.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import org.cosqual.portal.it.TestDatabase;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * A regulator with the notice a reminder round leaves sees the unread count in the header, reads
 * the reminder in Chinese on the notices page and marks it read, after which the count is gone.
 */
class NoticeBrowserIT extends RealWarBrowserTest {

  @Test
  void aRegulatorReadsTheirReminderAndMarksItRead() throws Exception {
    String year = String.valueOf(LocalDate.now().getYear());
    try (Connection c = TestDatabase.connect();
        PreparedStatement s =
            c.prepareStatement(
                "INSERT INTO notice (person_id, message_key, message_args, created_at)"
                    + " SELECT person_id, 'training_reminder.notice', ?, UTC_TIMESTAMP(6)"
                    + " FROM account WHERE username = 'inspector2'")) {
      s.setString(1, String.join("\u001f", year, "8", "14.1", "20", "ProgressStatus.AT_RISK"));
      assertEquals(1, s.executeUpdate());
    }
    try (Browser browser = Browser.desktop(base)) {
      browser.signIn("inspector2", PASSWORD);
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
