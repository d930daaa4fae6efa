package org.cosqual.portal.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVRecord;
import org.cosqual.portal.infrastructure.startup.SampleCampaigns;
import org.cosqual.portal.infrastructure.startup.SampleData;
import org.cosqual.portal.it.TestDatabase;
import org.cosqual.portal.it.TestPdfs;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The demo key-staff member takes the demo assessment. She starts it from her assessments, answers
 * half the paper and reloads: the same paper, her answers and no more time than before. A phone
 * signed in as her shows the same answers without scrolling sideways. Asked to confirm, she is told
 * how many questions are unanswered; she answers the rest and submits, and sees her score (the two
 * questions she answered right, as the demo bank says), the result, and the correct answers. The
 * phone, still on the paper, is refused an answer beside the question. Her second attempt runs out
 * of time: the countdown reaches zero, the page comes back with the attempt submitted by the
 * server, and no attempt is left. The city's administrator grants a make-up attempt (a reason is
 * required); she answers everything right and passes; the administrator confirms the filing; she
 * downloads the certificate, and the public page accepts its code and masks her name.
 *
 * <p>Practice sets: she opens the demo practice set from her start page, answers, hands in, and
 * finds the attempt and its score in the set's history; a second start draws a second paper.
 *
 * <p>Course quizzes: the province's administrator defines a second quiz for the demo quiz course on
 * the campaign form, and is refused opening it beside the open one. A regulator opens the course,
 * is told to study its material first, opens it, takes the quiz, passes, and finds the course's
 * hours credited on the course page and in their ledger.
 */
class ExamBrowserIT extends RealWarBrowserTest {

  private static final ZoneId PROVINCE = ZoneId.of("Asia/Shanghai");
  private static final String SAVED = "已保存";
  private static final int ANSWERED_RIGHT = 2;
  private static final Duration TYPING_DELAY = Duration.ofMillis(1200);

  private final Map<String, CSVRecord> bank =
      SampleData.read("questions.csv").stream()
          .collect(Collectors.toMap(row -> row.get("stem"), Function.identity()));

  @Test
  void aCandidateReloadsMidwayKeepsHerAnswersAndTimeAndSubmits() throws SQLException {
    CSVRecord demo = SampleData.read("campaigns.csv").get(0);
    String title = SampleCampaigns.title(demo, LocalDate.now(PROVINCE).getYear());
    int passMark = Integer.parseInt(demo.get("passMark"));
    try (Browser browser = Browser.desktop(base);
        Browser phone = Browser.phone(base)) {
      browser.signIn("qso", PASSWORD);
      browser.open("/staff/index.xhtml").click("myAssessments");
      browser.waitForText(By.id("pageTitle"), "我的考核");
      WebElement card = campaignCard(browser, title);
      assertTrue(card.getText().contains("30 分钟"), card.getText());
      assertTrue(card.getText().contains("0 / 2"), card.getText());
      browser.screenshot("exam-assessments");
      card.findElement(By.cssSelector("button[id$=':start']")).click();
      long before = remainingSeconds(browser.waitFor("countdown"));
      String exam = browser.path();
      assertTrue(exam.startsWith("/training/exam.xhtml?attempt="), exam);
      assertTrue(before > 25 * 60 && before <= 30 * 60, "about 30 minutes left: " + before);

      int count = questions(browser).size();
      assertTrue(count >= 8, "the demo paper has its questions: " + count);
      int expected = 0;
      int half = count / 2;
      for (int i = 0; i < half; i++) {
        expected += answer(browser, i, i < ANSWERED_RIGHT);
      }
      List<String> shown = new ArrayList<>();
      questions(browser).forEach(q -> shown.add(state(q)));
      browser.waitForText(By.id("progress"), "已答 " + half + " / " + count);
      browser.screenshot("exam-half");

      browser.driver().navigate().refresh();
      long after = remainingSeconds(browser.waitFor("countdown"));
      assertTrue(after <= before, "no time is gained by a reload: " + before + " then " + after);
      List<WebElement> reloaded = questions(browser);
      for (int i = 0; i < count; i++) {
        assertEquals(shown.get(i), state(reloaded.get(i)), "question " + (i + 1) + " as saved");
        assertEquals(i < half, reloaded.get(i).getText().contains(SAVED));
      }

      phone.signIn("qso", PASSWORD);
      phone.open(exam);
      phone.waitFor("countdown");
      assertTrue(phone.fitsWidth(), "the exam scrolls sideways at 375 px");
      List<WebElement> onPhone = questions(phone);
      for (int i = 0; i < count; i++) {
        assertEquals(shown.get(i), state(onPhone.get(i)), "the phone shows the saved answers");
        assertTrue(
            onPhone.get(i).getSize().getWidth() <= Browser.PHONE_WIDTH,
            "a question is wider than the screen: " + onPhone.get(i).getSize().getWidth());
      }
      phone.screenshot("exam-phone");

      browser.click("submit");
      browser.waitFor("submitForm:confirmText");
      assertEquals(
          "还有 " + (count - half) + " 道题未作答。交卷后不能再修改答案，确定交卷吗？",
          browser.driver().findElement(By.id("submitForm:confirmText")).getText());
      browser.click("submitForm:keepAnswering");
      browser.waitUntilHidden("submitDialog");

      for (int i = half; i < count; i++) {
        expected += answer(browser, i, false);
      }
      browser.click("submit");
      browser.waitForText(By.id("submitForm:confirmText"), "所有题目均已作答");
      browser.screenshot("exam-confirm");
      browser.click("submitForm:confirmSubmit");

      browser.waitFor("result");
      assertTrue(browser.messages().contains("已交卷"), browser.messages());
      int score = Integer.parseInt(browser.driver().findElement(By.id("score")).getText());
      assertEquals(expected, score, "the points of the questions answered right");
      assertTrue(score < passMark);
      assertEquals("100", browser.driver().findElement(By.id("maxScore")).getText());
      assertEquals("不合格", browser.driver().findElement(By.id("verdict")).getText());
      List<WebElement> reviewed = browser.driver().findElements(By.cssSelector(".cq-review"));
      assertEquals(count, reviewed.size());
      for (WebElement question : reviewed) {
        assertFalse(question.findElements(By.className("cq-correct-answer")).isEmpty());
        assertFalse(question.findElements(By.className("cq-explanation")).isEmpty());
      }
      browser.screenshot("exam-result");
      ((ChromeDriver) browser.driver())
          .executeScript(
              "document.querySelector('.cq-review[data-type=MULTIPLE_CHOICE]').scrollIntoView();");
      browser.screenshot("exam-review");

      phone
          .driver()
          .findElements(By.cssSelector(".cq-question .ui-radiobutton-box:not(.ui-state-active)"))
          .get(0)
          .click();
      phone.waitForText(By.cssSelector(".cq-refused"), "本次考试已交卷");
      phone.screenshot("exam-refused-phone");
      phone.click("showResult");
      phone.waitFor("result");
      assertTrue(phone.fitsWidth(), "the result scrolls sideways at 375 px");
      phone.screenshot("exam-result-phone");

      browser.open("/staff/assessments.xhtml");
      card = campaignCard(browser, title);
      assertTrue(card.getText().contains(score + " / 100"), card.getText());
      assertTrue(card.getText().contains("1 / 2"), card.getText());
      card.findElement(By.cssSelector("button[id$=':start']")).click();
      browser.waitFor("countdown");
      String second = browser.path();
      assertFalse(second.equals(exam), "a new attempt");
      endsInSeconds(Long.parseLong(second.replaceAll("\\D", "")), 6);
      browser.driver().navigate().refresh();
      assertTrue(remainingSeconds(browser.waitFor("countdown")) <= 6);
      new WebDriverWait(browser.driver(), Duration.ofSeconds(40))
          .until(d -> !d.findElements(By.id("result")).isEmpty());
      assertTrue(browser.driver().findElement(By.id("result")).getText().contains("时间到自动交卷"));
      browser.open("/staff/assessments.xhtml");
      assertTrue(campaignCard(browser, title).getText().contains("考试次数已用完"));
      browser.signOut();

      grantMakeUp(browser, title);
      browser.signIn("qso", PASSWORD);
      browser.open("/staff/assessments.xhtml");
      campaignCard(browser, title).findElement(By.cssSelector("button[id$=':start']")).click();
      browser.waitFor("countdown");
      int all = questions(browser).size();
      for (int i = 0; i < all; i++) {
        answer(browser, i, true);
      }
      browser.click("submit");
      browser.waitForText(By.id("submitForm:confirmText"), "所有题目均已作答");
      browser.click("submitForm:confirmSubmit");
      browser.waitFor("result");
      assertEquals("100", browser.driver().findElement(By.id("score")).getText());
      assertEquals("合格", browser.driver().findElement(By.id("verdict")).getText());
      browser.signOut();

      browser.signIn("cityadmin", PASSWORD);
      browser.open("/regulator/assessments.xhtml");
      WebElement filing = row(browser, "filingForm:filings", "吴芳");
      assertTrue(filing.getText().contains("100 / 100"), filing.getText());
      filing.findElement(By.cssSelector("button[id$=':confirm']")).click();
      browser.waitForText(By.id("messages"), "考核备案已确认");
      browser.signOut();

      browser.signIn("qso", PASSWORD);
      browser.open("/staff/assessments.xhtml");
      String buttonId =
          campaignCard(browser, title)
              .findElement(By.cssSelector("button[id$=':certificate']"))
              .getAttribute("id");
      String certificate = TestPdfs.text(browser.download("assessmentsForm", buttonId));
      assertTrue(certificate.contains("考核合格证书"), certificate);
      assertTrue(certificate.contains("吴芳"), certificate);
      assertTrue(certificate.replace("\n", "").contains(title), "lines wrap: " + certificate);
      Matcher code = Browser.VERIFICATION_CODE.matcher(certificate);
      assertTrue(code.find(), certificate);
      browser.signOut();
      browser.open("/public/verify/" + code.group());
      browser.waitForText(By.id("valid"), "有效");
      assertEquals("吴*", browser.driver().findElement(By.id("holder")).getText());
      assertTrue(browser.driver().findElement(By.id("statement")).getText().contains(title));
      browser.screenshot("certificate-verified");

      phone.open("/training/exam.xhtml?attempt=999999999");
      assertEquals("页面不存在", phone.title());
      phone.open("/training/exam.xhtml?attempt=x");
      assertEquals("页面不存在", phone.title());
    }
  }

  /** The city's administrator grants qso a make-up attempt on the campaign's page, for a reason. */
  @Test
  void aRegulatorStudiesTheCoursePassesItsQuizAndIsCreditedItsHours() {
    String course =
        SampleData.read("campaigns.csv").stream()
            .map(row -> row.get("course"))
            .filter(title -> !title.isBlank())
            .findFirst()
            .orElseThrow();
    try (Browser browser = Browser.desktop(base)) {
      browser.signIn("provadmin", PASSWORD);
      browser.open("/regulation/campaign-form.xhtml");
      browser.waitFor("campaignForm:title");
      browser.driver().findElement(By.cssSelector("label[for='campaignForm:kind:1']")).click();
      browser.waitFor("campaignForm:course");
      assertTrue(browser.driver().findElements(By.id("campaignForm:positions")).isEmpty());
      browser.chooseInMenu("campaignForm:course", course);
      browser.type("campaignForm:title", "浏览器测试课程测验");
      LocalDate today = LocalDate.now(PROVINCE);
      CampaignForm.window(browser, today.minusDays(1), today.plusDays(30));
      CampaignForm.firstQuota(browser, "原料管理", 1, "判断题", 2, 50);
      browser.click("campaignForm:save");
      browser.waitForText(By.id("messages"), "已保存为草稿");
      browser.waitForText(By.id("kind"), "课程测验");
      browser.click("campaignForm:openCampaign");
      browser.confirm();
      browser.waitForText(By.id("messages"), "本课程已有一个开放中的课程测验");
      browser.waitForText(By.id("status"), "草稿");
      browser.signOut();

      browser.signIn("inspector", PASSWORD);
      browser.open("/training/courses.xhtml");
      browser.waitForText(By.id("catalogue"), course);
      browser.driver().findElement(By.linkText(course)).click();
      browser.waitForText(By.id("quizState"), "还有 1 份未学");
      assertTrue(browser.driver().findElements(By.id("materialsForm:startQuiz")).isEmpty());
      String coursePage = browser.path();
      String window = browser.driver().getWindowHandle();
      browser.click("materialsForm:materials:0:open");
      browser.driver().switchTo().window(window);
      new WebDriverWait(browser.driver(), Duration.ofSeconds(30))
          .until(
              d -> {
                d.navigate().refresh();
                return !d.findElements(By.id("materialsForm:startQuiz")).isEmpty();
              });
      browser.screenshot("quiz-course");
      browser.click("materialsForm:startQuiz");
      browser.waitFor("countdown");
      assertTrue(browser.path().startsWith("/training/exam.xhtml?attempt="), browser.path());
      int count = questions(browser).size();
      int expected = 0;
      for (int i = 0; i < count; i++) {
        expected += answer(browser, i, true);
      }
      assertEquals(100, expected, "every question of the demo quiz answered right");
      browser.click("submit");
      browser.waitForText(By.id("submitForm:confirmText"), "所有题目均已作答");
      browser.click("submitForm:confirmSubmit");
      browser.waitFor("result");
      assertEquals("合格", browser.driver().findElement(By.id("verdict")).getText());
      browser.screenshot("quiz-result");

      browser.click("back");
      browser.waitForText(By.id("quizState"), "测验合格（100 分）");
      assertEquals(coursePage, browser.path());
      browser.waitForText(By.id("materialsForm:completionState"), "本年度学时已计入");
      assertTrue(browser.driver().findElements(By.id("materialsForm:startQuiz")).isEmpty());
      browser.open("/regulator/training.xhtml");
      browser.waitForText(By.id("ledgerForm:entries"), "课程测验合格");
      browser.waitForText(By.id("ledgerForm:entries"), course);
    }
  }

  @Test
  void aKeyStaffMemberPractisesAsOftenAsSheLikesWithoutTouchingHerAssessment() {
    String title =
        SampleCampaigns.title(
            SampleData.read("campaigns.csv").stream()
                .filter(row -> row.get("kind").equals("PRACTICE"))
                .findFirst()
                .orElseThrow(),
            LocalDate.now(PROVINCE).getYear());
    try (Browser browser = Browser.desktop(base)) {
      browser.signIn("qso", PASSWORD);
      browser.open("/staff/index.xhtml").click("practiceSets");
      browser.waitForText(By.id("pageTitle"), "自测练习");
      browser.waitForText(By.id("practiceForm"), title);
      browser.click("practiceForm:sets:0:start");
      browser.waitFor("countdown");
      int count = questions(browser).size();
      int score = 0;
      for (int i = 0; i < count; i++) {
        score += answer(browser, i, i > 0);
      }
      browser.click("submit");
      browser.waitForText(By.id("submitForm:confirmText"), "所有题目均已作答");
      browser.click("submitForm:confirmSubmit");
      browser.waitFor("result");
      assertEquals(String.valueOf(score), browser.driver().findElement(By.id("score")).getText());
      browser.click("back");
      browser.waitForText(By.id("pageTitle"), "自测练习");
      browser.waitForText(By.cssSelector(".cq-attempt-score"), score + " / 100");
      browser.screenshot("practice-sets");
      browser.driver().findElement(By.cssSelector(".cq-attempt a")).click();
      browser.waitFor("result");
      assertTrue(browser.path().startsWith("/training/exam.xhtml?attempt="), browser.path());
      browser.open("/training/practice.xhtml").click("practiceForm:sets:0:start");
      browser.waitFor("countdown");
      browser.open("/training/practice.xhtml");
      browser.waitForText(By.id("practiceForm"), "练习 2");
    }
  }

  private static void grantMakeUp(Browser browser, String title) {
    browser.signIn("cityadmin", PASSWORD);
    browser.open("/regulation/campaigns.xhtml");
    browser.driver().findElement(By.linkText(title)).click();
    row(browser, "peopleForm:enrolments", "吴芳")
        .findElement(By.cssSelector("button[id$=':makeUp']"))
        .click();
    browser.waitFor("makeUpForm:reason");
    browser.click("makeUpForm:grant");
    browser.waitForText(By.id("messages"), "补考原因");
    browser.type("makeUpForm:reason", "考试当天企业网络中断");
    browser.click("makeUpForm:grant");
    browser.waitForText(By.id("messages"), "已准予补考");
    browser.signOut();
  }

  private static WebElement row(Browser browser, String tableId, String text) {
    By row = By.xpath("//*[@id='" + tableId + "']//tr[contains(., '" + text + "')]");
    new WebDriverWait(browser.driver(), Duration.ofSeconds(30))
        .until(d -> !d.findElements(row).isEmpty());
    return browser.driver().findElement(row);
  }

  private static WebElement campaignCard(Browser browser, String title) {
    By card =
        By.xpath(
            "//section[contains(@class,'cq-assessment')][.//h2[normalize-space()='"
                + title
                + "']]");
    new WebDriverWait(browser.driver(), Duration.ofSeconds(30))
        .until(d -> !d.findElements(card).isEmpty());
    return browser.driver().findElement(card);
  }

  private static List<WebElement> questions(Browser browser) {
    return browser.driver().findElements(By.cssSelector("#examForm .cq-question"));
  }

  private static long remainingSeconds(WebElement countdown) {
    return Long.parseLong(countdown.getAttribute("data-remaining"));
  }

  /** Moves an attempt's deadline to so many seconds from now, as if its time were nearly up. */
  private static void endsInSeconds(long attemptId, int seconds) throws SQLException {
    try (Connection connection = TestDatabase.connect();
        PreparedStatement update =
            connection.prepareStatement(
                "UPDATE exam_attempt SET deadline = UTC_TIMESTAMP(6) + INTERVAL ? SECOND"
                    + " WHERE id = ?")) {
      update.setInt(1, seconds);
      update.setLong(2, attemptId);
      assertEquals(1, update.executeUpdate());
    }
  }

  /**
   * Answers a question of the demo bank right or wrong, as {@code sample/questions.csv} says, and
   * waits for its "saved" mark.
   *
   * @return the points it earns
   */
  private int answer(Browser browser, int index, boolean right) {
    WebElement question = questions(browser).get(index);
    String stem = question.findElement(By.className("cq-stem")).getText();
    CSVRecord row = bank.get(stem);
    assertTrue(row != null, "a question from outside the demo bank: " + stem);
    String type = question.getAttribute("data-type");
    switch (type) {
      case "SINGLE_CHOICE", "MULTIPLE_CHOICE" -> {
        List<String> options = Arrays.asList(row.get("options").split("\\|"));
        List<WebElement> labels = question.findElements(By.cssSelector(".cq-answer label"));
        List<WebElement> boxes =
            question.findElements(By.cssSelector(".ui-radiobutton-box, .ui-chkbox-box"));
        boolean wrongChosen = false;
        for (int i = 0; i < labels.size(); i++) {
          String text = labels.get(i).getText().substring(3);
          boolean correct = row.get("correct").indexOf('A' + options.indexOf(text)) >= 0;
          if (right ? correct : !correct && !wrongChosen) {
            boxes.get(i).click();
            waitForAjax(browser);
            wrongChosen |= !correct;
          }
        }
      }
      case "TRUE_FALSE" -> {
        boolean truth = Boolean.parseBoolean(row.get("correct"));
        int option = truth == right ? 0 : 1;
        question.findElements(By.cssSelector(".ui-radiobutton-box")).get(option).click();
      }
      default -> {
        WebElement field = question.findElement(By.cssSelector(".cq-answer-text"));
        field.sendKeys(right ? row.get("accepted").split("\\|")[0] : "不知道");
        field.sendKeys(Keys.TAB);
        // The change is saved at once; the typing itself once more when its delay has passed.
        pause(TYPING_DELAY);
      }
    }
    waitForAjax(browser);
    new WebDriverWait(browser.driver(), Duration.ofSeconds(30))
        .until(d -> questions(browser).get(index).getText().contains(SAVED));
    return right ? Integer.parseInt(question.getAttribute("data-points")) : 0;
  }

  /** What the question's form shows as answered: the chosen options' labels, or the text. */
  private static String state(WebElement question) {
    List<WebElement> fields = question.findElements(By.cssSelector(".cq-answer-text"));
    if (!fields.isEmpty()) {
      return fields.get(0).getAttribute("value");
    }
    List<String> chosen = new ArrayList<>();
    for (WebElement input : question.findElements(By.cssSelector("input:checked"))) {
      chosen.add(
          question
              .findElement(By.cssSelector("label[for='" + input.getAttribute("id") + "']"))
              .getText());
    }
    return String.join("|", chosen);
  }

  private static void pause(Duration duration) {
    try {
      Thread.sleep(duration.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Waits until PrimeFaces has no ajax request queued or running. */
  private static void waitForAjax(Browser browser) {
    new WebDriverWait(browser.driver(), Duration.ofSeconds(30))
        .until(
            d ->
                (Boolean)
                    ((ChromeDriver) d)
                        .executeScript(
                            "return window.PrimeFaces !== undefined"
                                + " && PrimeFaces.ajax.Queue.isEmpty() && jQuery.active === 0;"));
  }
}
