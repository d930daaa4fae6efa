package org.cosqual.portal.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import org.cosqual.portal.it.TestDatabase;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The province's administrator drafts a course (a bad number of hours is refused with the form
 * kept), publishes it and plans a session; a regulator enrols from the course page; once the
 * session has begun the administrator confirms the attendance, and the course's hours are in the
 * regulator's ledger.
 */
class CourseBrowserIT extends RealWarBrowserTest {

  private static final String TITLE = "化妆品安全技术规范解读（浏览器）";
  private static final ZoneId PROVINCE = ZoneId.of("Asia/Shanghai");
  private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  @Test
  void anAdministratorPlansASessionARegulatorEnrolsAndAttendanceCreditsTheHours() throws Exception {
    LocalDateTime start;
    try (Browser browser = Browser.desktop(base)) {
      browser.signIn("provadmin", PASSWORD);
      browser.open("/regulation/index.xhtml").click("openCourses");
      browser.click("newCourse");
      browser.type("courseForm:title", TITLE);
      browser.chooseInMenu("courseForm:category", "法规标准解读");
      browser.type("courseForm:hours", "1.2");
      browser.click("courseForm:save");
      browser.waitForText(By.id("messages"), "0.5");
      assertEquals(TITLE, browser.value("courseForm:title"), "nothing typed is lost");
      browser.type("courseForm:hours", "3");
      browser.click("courseForm:save");
      browser.waitForText(By.id("messages"), "已保存");
      browser.waitForText(By.id("courseStatus"), "草稿");
      browser.click("actionsForm:publish");
      browser.waitForText(By.id("courseStatus"), "已发布");

      // The form takes minutes: the session begins on the first whole minute 100 s from now, so
      // the regulator can still enrol, and the test waits for it before taking attendance.
      start =
          LocalDateTime.now(PROVINCE)
              .plusSeconds(100)
              .truncatedTo(ChronoUnit.MINUTES)
              .plusMinutes(1);
      browser.typeDate("planForm:startsAt", MINUTE.format(start));
      browser.typeDate("planForm:endsAt", MINUTE.format(start.plusHours(2)));
      browser.type("planForm:place", "银川市会议中心");
      browser.type("planForm:capacity", "0");
      browser.click("planForm:planSession");
      browser.waitForText(By.id("messages"), "名额须在 1 到");
      browser.type("planForm:capacity", "30");
      browser.click("planForm:planSession");
      browser.waitForText(By.id("messages"), "已为");
      browser.waitForText(By.id("sessionsForm:sessions"), "银川市会议中心");
      browser.screenshot("course-published");
      browser.signOut();

      browser.signIn("inspector", PASSWORD);
      browser.open("/training/courses.xhtml");
      browser.waitForText(By.id("catalogue"), TITLE);
      browser.driver().findElement(By.linkText(TITLE)).click();
      browser.waitFor("sessionsForm:sessions:0:enrol").click();
      browser.waitForText(By.id("messages"), "已报名");
      browser.open("/regulator/training.xhtml");
      browser.waitForText(By.id("upcoming"), TITLE);
      browser.signOut();

      browser.signIn("provadmin", PASSWORD);
      browser.open("/training/plan.xhtml");
      browser.waitForText(By.id("planForm:sessions"), TITLE);
      new WebDriverWait(browser.driver(), Duration.ofSeconds(30))
          .until(
              ExpectedConditions.presenceOfElementLocated(
                  By.cssSelector("[id='planForm:calendar'] .fc-view-harness")));
      browser.screenshot("training-plan");
      browser.driver().findElement(By.linkText(MINUTE.format(start))).click();
      browser.waitForText(By.id("enrolmentsForm:enrolments"), "刘强");
      String sessionPage = browser.path();
      beginNow(TITLE);
      browser.open(sessionPage);
      browser.waitForText(By.id("enrolmentsForm:enrolments"), "刘强");
      WebElement row =
          browser
              .driver()
              .findElement(By.xpath("//tr[.//span[@class='cq-enrolled-person' and text()='刘强']]"));
      row.findElement(By.cssSelector("[id$=':attended']")).click();
      browser.waitForText(By.id("messages"), "学时已计入");
      browser.screenshot("session-sign-in");
      browser.signOut();

      browser.signIn("inspector", PASSWORD);
      browser.open("/regulator/training.xhtml");
      browser.waitForText(By.id("ledgerForm:entries"), TITLE);
      browser.waitForText(By.id("ledgerForm:entries"), "参加培训班");
    }
    try (Browser phone = Browser.phone(base)) {
      phone.signIn("inspector", PASSWORD);
      phone.open("/training/courses.xhtml");
      phone.waitForText(By.id("catalogue"), TITLE);
      assertTrue(phone.fitsWidth(), "the course list scrolls sideways at 375 px");
      phone.screenshot("courses-phone");
    }
  }

  /** Lets the day come: the course's session begins an hour ago, so attendance can be taken. */
  private static void beginNow(String courseTitle) throws SQLException {
    try (Connection c = TestDatabase.connect();
        PreparedStatement s =
            c.prepareStatement(
                "UPDATE training_session s JOIN course c ON c.id = s.course_id"
                    + " SET s.starts_at = ?, s.ends_at = ? WHERE c.title = ?")) {
      LocalDateTime hourAgo = LocalDateTime.now(PROVINCE).minusHours(1).withNano(0);
      s.setObject(1, hourAgo);
      s.setObject(2, hourAgo.plusHours(2));
      s.setString(3, courseTitle);
      assertEquals(1, s.executeUpdate());
    }
  }
}
