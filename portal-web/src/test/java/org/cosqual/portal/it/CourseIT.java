package org.cosqual.portal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.cosqual.personnel.application.spreadsheet.ImportReport;
import org.cosqual.personnel.application.spreadsheet.RowError;
import org.cosqual.personnel.domain.model.review.ReviewAction;
import org.cosqual.personnel.domain.model.review.ReviewStep;
import org.cosqual.personnel.domain.shared.AccessDeniedException;
import org.cosqual.personnel.domain.shared.BusinessException;
import org.cosqual.personnel.domain.shared.NotFoundException;
import org.cosqual.personnel.domain.shared.StaleVersionException;
import org.cosqual.portal.shell.SheetLabels;
import org.cosqual.training.application.AttendanceRecorded;
import org.cosqual.training.application.CampaignService;
import org.cosqual.training.application.CampaignStatisticsService;
import org.cosqual.training.application.CourseService;
import org.cosqual.training.application.ExamService;
import org.cosqual.training.application.QuestionBankService;
import org.cosqual.training.application.QuizStanding;
import org.cosqual.training.application.SessionService;
import org.cosqual.training.application.TrainingLedgerService;
import org.cosqual.training.domain.model.assessment.Attempt;
import org.cosqual.training.domain.model.assessment.AttemptClient;
import org.cosqual.training.domain.model.assessment.AttemptItem;
import org.cosqual.training.domain.model.assessment.Campaign;
import org.cosqual.training.domain.model.assessment.CampaignTerms;
import org.cosqual.training.domain.model.assessment.EnrolmentResult;
import org.cosqual.training.domain.model.assessment.ListedQuestion;
import org.cosqual.training.domain.model.assessment.PaperRule;
import org.cosqual.training.domain.model.course.Audience;
import org.cosqual.training.domain.model.course.Course;
import org.cosqual.training.domain.model.course.CourseDetails;
import org.cosqual.training.domain.model.course.Delivery;
import org.cosqual.training.domain.model.course.ProviderKind;
import org.cosqual.training.domain.model.ledger.EntrySource;
import org.cosqual.training.domain.model.ledger.HourEntry;
import org.cosqual.training.domain.model.question.Answer;
import org.cosqual.training.domain.model.question.Question;
import org.cosqual.training.domain.model.question.QuestionContent;
import org.cosqual.training.domain.model.question.QuestionDraft;
import org.cosqual.training.domain.model.question.QuestionOption;
import org.cosqual.training.domain.model.question.QuestionType;
import org.cosqual.training.domain.model.session.Enrolment;
import org.cosqual.training.domain.model.session.Session;
import org.cosqual.training.domain.model.session.SessionPlan;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Courses and sessions on real MariaDB: the province publishes its own course, an association's is
 * published through a regulator's review; sessions take enrolments up to their capacity, their
 * organiser's administrators record attendance, and attendance or an online completion credits a
 * course's hours once per person and year.
 */
@ExtendWith(ArquillianExtension.class)
class CourseIT {

  private static final int YEAR = LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear();

  @Deployment
  static WebArchive deployment() {
    WebArchive war =
        ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("cosqual.war")));
    return InContainer.openToArquillian(war)
        .addClasses(Acting.class, CourseIT.class, InContainer.class, TestPdfs.class);
  }

  @Inject Acting acting;
  @Inject CourseService courses;
  @Inject SessionService sessions;
  @Inject TrainingLedgerService ledger;
  @Inject QuestionBankService bank;
  @Inject CampaignService campaigns;
  @Inject CampaignStatisticsService statistics;
  @Inject ExamService exams;

  @Test
  void attendanceCreditsACoursesHoursOncePerYearAndOnlyTheOrganiserRecordsIt() throws Exception {
    acting.as("provadmin");
    Course course = publishedCourse("化妆品监督管理条例解读（IT）", Delivery.OFFLINE, Audience.REGULATORS);
    LocalDateTime start = LocalDateTime.now(ZoneId.of("Asia/Shanghai")).plusSeconds(4).withNano(0);
    Session first = sessions.planSession(course.getId(), plan(start, 2, true));
    Session second = sessions.planSession(course.getId(), plan(start, 5, false));
    assertTrue(
        sessions.findPlan(start.getYear()).stream().anyMatch(s -> s.getId().equals(first.getId())));

    acting.as("inspector");
    BigDecimal before = ledger.myTraining(YEAR).progress().hours().value();
    Enrolment own = sessions.enrol(first.getId());
    assertEquals("error.session.alreadyEnrolled", refusal(() -> sessions.enrol(first.getId())));
    assertEquals("error.session.assignedOnly", refusal(() -> sessions.enrol(second.getId())));
    assertTrue(
        sessions.findMyUpcomingSessions().stream().anyMatch(e -> e.getId().equals(own.getId())));

    acting.as("cityadmin");
    Session city = sessions.planSession(course.getId(), plan(start.plusDays(1), 10, false));
    assertEquals(
        "error.session.unknownLearner",
        refusal(() -> sessions.assign(city.getId(), "inspector2")),
        "a regulator of another city is not the city's to assign");
    sessions.assign(city.getId(), "inspector");
    assertThrows(
        NotFoundException.class,
        () -> sessions.assign(first.getId(), "inspector"),
        "the session is the province's: a city's administrator does not manage it");
    assertThrows(
        NotFoundException.class,
        () -> sessions.recordAttendance(first.getId(), own.getPerson().getId(), true));

    acting.as("provadmin");
    sessions.assign(first.getId(), "inspector2");
    assertEquals("error.session.full", refusal(() -> sessions.assign(first.getId(), "cityadmin")));
    assertEquals(
        "error.session.unknownLearner", refusal(() -> sessions.assign(first.getId(), "nobody")));
    assertEquals(
        "error.session.notBegun",
        refusal(() -> sessions.recordAttendance(first.getId(), own.getPerson().getId(), true)));
    sessions.assign(second.getId(), "inspector");

    waitUntil(start);
    long assigned =
        sessions.getSession(first.getId()).getEnrolments().stream()
            .map(e -> e.getPerson().getId())
            .filter(id -> !id.equals(own.getPerson().getId()))
            .findFirst()
            .orElseThrow();
    assertEquals(
        "error.session.notEnrolled",
        refusal(() -> sessions.recordAttendance(second.getId(), assigned, true)));
    byte[] sheet =
        attendanceSheet(new String[][] {{"inspector2", "是"}, {"nobody", "是"}, {"inspector2", "否"}});
    ImportReport imported =
        sessions.importAttendance(
            first.getId(), new ByteArrayInputStream(sheet), SheetLabels.chinese());
    assertEquals(1, imported.created());
    assertEquals(
        List.of("error.attendance.notEnrolled", "error.attendance.duplicateRow"),
        imported.errors().stream().map(RowError::messageKey).toList());
    ImportReport again =
        sessions.importAttendance(
            first.getId(), new ByteArrayInputStream(sheet), SheetLabels.chinese());
    assertEquals(0, again.created(), "a sheet imported twice changes nothing");
    assertEquals(1, again.unchanged());

    AttendanceRecorded attended =
        sessions.recordAttendance(first.getId(), own.getPerson().getId(), true);
    assertTrue(attended.credited());
    AttendanceRecorded secondSession =
        sessions.recordAttendance(second.getId(), own.getPerson().getId(), true);
    assertFalse(
        secondSession.credited(), "a second session of the same course counts nothing more");
    assertEquals(
        "error.session.attendanceCredited",
        refusal(() -> sessions.recordAttendance(first.getId(), own.getPerson().getId(), false)));

    acting.as("inspector");
    var mine = ledger.myTraining(YEAR);
    assertEquals(before.add(new BigDecimal("4")), mine.progress().hours().value());
    List<HourEntry> credits =
        mine.ledger().entries().stream()
            .filter(e -> course.getId().equals(e.getCourseId()))
            .toList();
    assertEquals(1, credits.size());
    assertEquals(EntrySource.SESSION_ATTENDANCE, credits.get(0).getSource());
    assertTrue(credits.get(0).isApproved());
    assertEquals("error.session.begun", refusal(() -> sessions.enrol(first.getId())));
  }

  @Test
  void anAssociationsCourseIsPublishedOnlyThroughARegulatorsReview() {
    acting.as("editor");
    Course draft =
        courses.draftCourse(details("企业质量安全负责人公益讲堂（IT）", Delivery.OFFLINE, Audience.KEY_STAFF));
    assertEquals(ProviderKind.ASSOCIATION, draft.getProviderKind());

    acting.as("provadmin");
    assertThrows(
        NotFoundException.class,
        () -> courses.getCourse(draft.getId()),
        "an association's draft is its own until submitted");

    acting.as("editor");
    Course submitted = courses.submitCourse(draft.getId(), draft.getVersion(), "请审核");
    assertEquals(
        "error.course.notEditable",
        refusal(
            () ->
                courses.reviseCourse(
                    submitted.getId(),
                    submitted.getVersion(),
                    details("改名", Delivery.OFFLINE, Audience.KEY_STAFF))));
    assertThrows(
        AccessDeniedException.class,
        () -> courses.approveCourse(submitted.getId(), submitted.getVersion(), null),
        "an editor does not publish");

    acting.as("provadmin");
    assertTrue(
        courses.findCoursesInReview().stream().anyMatch(c -> c.getId().equals(draft.getId())));
    assertEquals(
        "error.course.reviewFirst",
        refusal(() -> courses.publishCourse(submitted.getId(), submitted.getVersion())));
    Course returned = courses.returnCourse(submitted.getId(), submitted.getVersion(), "请补充法规依据");
    assertThrows(
        StaleVersionException.class,
        () -> courses.approveCourse(submitted.getId(), submitted.getVersion(), null),
        "a decision from a page loaded before the return");

    acting.as("editor");
    Course corrected =
        courses.reviseCourse(
            returned.getId(),
            returned.getVersion(),
            details("企业质量安全负责人公益讲堂（IT，修订）", Delivery.OFFLINE, Audience.KEY_STAFF));
    Course resubmitted = courses.submitCourse(corrected.getId(), corrected.getVersion(), null);

    acting.as("provadmin");
    Course published = courses.approveCourse(resubmitted.getId(), resubmitted.getVersion(), "同意");
    assertTrue(published.isPublished());
    assertEquals(
        List.of(
            ReviewAction.SUBMITTED,
            ReviewAction.RETURNED,
            ReviewAction.RESUBMITTED,
            ReviewAction.APPROVED),
        courses.findReviewSteps(published.getId()).stream().map(ReviewStep::getAction).toList());

    acting.as("qso");
    assertTrue(
        courses.findCatalogue().stream().anyMatch(c -> c.getId().equals(published.getId())),
        "key staff find the public-welfare course");
    acting.as("inspector");
    assertTrue(
        courses.findCatalogue().stream().noneMatch(c -> c.getId().equals(published.getId())));
    assertThrows(NotFoundException.class, () -> courses.getCourse(published.getId()));
  }

  @Test
  void openingEveryMaterialCompletesAnOnlineCourseUnlessItAsksForAQuiz() {
    acting.as("provadmin");
    Course online = onlineCourse("化妆品生产质量管理规范线上课（IT）", false);
    Course quizzed = onlineCourse("产品放行与不良反应监测线上课（IT）", true);

    acting.as("qso");
    var first = online.getMaterials().get(0);
    var last = online.getMaterials().get(1);
    courses.openMaterial(online.getId(), first.getId());
    courses.openMaterial(online.getId(), first.getId());
    assertFalse(courses.onlineCompletion(online.getId()).credited());
    assertEquals(1, courses.onlineCompletion(online.getId()).opened().size());
    assertEquals(
        "application/pdf", courses.materialFile(online.getId(), last.getId()).getMediaType());
    courses.openMaterial(online.getId(), last.getId());
    assertTrue(courses.onlineCompletion(online.getId()).credited());
    courses.openMaterial(online.getId(), last.getId());
    var training = ledger.myTraining(YEAR);
    assertEquals(
        1,
        training.ledger().entries().stream()
            .filter(e -> online.getId().equals(e.getCourseId()))
            .count(),
        "opened again, credited once");
    assertFalse(training.bound(), "the demo year's requirement binds regulators only");

    for (var material : quizzed.getMaterials()) {
      courses.openMaterial(quizzed.getId(), material.getId());
    }
    var completion = courses.onlineCompletion(quizzed.getId());
    assertTrue(completion.quizPending());
    assertFalse(completion.credited(), "clicks alone never earn a quiz course's hours");
  }

  @Test
  void aPassedCourseQuizCompletesTheCourseAndCreditsItsHoursOnce() {
    String tag = "QZ" + UUID.randomUUID().toString().substring(0, 8);
    acting.as("provadmin");
    Course quizzed = onlineCourse(tag + " 课程测验线上课（IT）", true);
    Course plain = onlineCourse(tag + " 无测验线上课（IT）", false);
    PaperRule rule = quizPaper(tag);
    assertEquals(
        "error.quiz.courseAsksNone",
        refusal(() -> campaigns.defineCourseQuiz(plain.getId(), quizTerms(tag), rule)));
    Campaign draft = campaigns.defineCourseQuiz(quizzed.getId(), quizTerms(tag), rule);
    assertTrue(draft.getPositions().isEmpty(), "a quiz is for no position");
    Campaign quiz = campaigns.openCampaign(draft.getId(), draft.getVersion());
    assertEquals(0, campaigns.countEnrolments(quiz.getId()), "learners enrol at their first start");
    Campaign twin = campaigns.defineCourseQuiz(quizzed.getId(), quizTerms(tag), quizPaper(tag));
    assertEquals(
        "error.quiz.alreadyOpen",
        refusal(() -> campaigns.openCampaign(twin.getId(), twin.getVersion())));
    assertEquals(
        "error.campaign.noStatistics",
        refusal(() -> statistics.participationByPosition(quiz.getId())));

    acting.as("inspector");
    AttemptClient client = new AttemptClient("192.0.2.7", "Chromium", "quiz");
    QuizStanding before = exams.findMyQuiz(quizzed.getId()).orElseThrow();
    assertEquals(2, before.materialsLeft());
    assertFalse(before.isStartable());
    assertEquals(
        "error.quiz.materialsFirst", refusal(() -> exams.startQuiz(quizzed.getId(), client)));
    quizzed.getMaterials().forEach(m -> courses.openMaterial(quizzed.getId(), m.getId()));
    assertTrue(exams.findMyQuiz(quizzed.getId()).orElseThrow().isStartable());

    Attempt failed = exams.startQuiz(quizzed.getId(), client);
    assertEquals(failed.getId(), exams.startQuiz(quizzed.getId(), client).getId(), "resumed");
    exams.submitAttempt(failed.getId(), client);
    assertFalse(courses.onlineCompletion(quizzed.getId()).credited(), "a failed try earns nothing");
    assertEquals(1, exams.findMyQuiz(quizzed.getId()).orElseThrow().attemptsLeft());

    Attempt passed = exams.startQuiz(quizzed.getId(), client);
    for (AttemptItem item : passed.getItems()) {
      Answer right =
          item.getQuestion().getQuestion().getType() == QuestionType.TRUE_FALSE
              ? Answer.truth(true)
              : Answer.choice(item.order().indexOf(0));
      exams.answerQuestion(passed.getId(), item.getId(), right, client);
    }
    assertEquals(20, exams.submitAttempt(passed.getId(), client).getScore());
    QuizStanding after = exams.findMyQuiz(quizzed.getId()).orElseThrow();
    assertTrue(after.isPassed());
    assertTrue(after.enrolment().getFiling().isEmpty(), "a quiz files nothing");
    assertEquals(
        "error.attempt.alreadyPassed", refusal(() -> exams.startQuiz(quizzed.getId(), client)));
    assertTrue(courses.onlineCompletion(quizzed.getId()).credited());
    List<HourEntry> credited =
        ledger.myTraining(YEAR).ledger().entries().stream()
            .filter(e -> quizzed.getId().equals(e.getCourseId()))
            .toList();
    assertEquals(1, credited.size());
    assertEquals(EntrySource.COURSE_QUIZ, credited.get(0).getSource());
    assertEquals(0, credited.get(0).getHours().value().compareTo(new BigDecimal("2.5")));
    assertTrue(
        exams.findMyAssessments().stream().noneMatch(e -> e.getCampaign().isCourseQuiz()),
        "a quiz is no annual assessment");

    acting.as("provadmin");
    List<org.cosqual.training.domain.model.assessment.Enrolment> learners =
        campaigns.findEnrolments(quiz.getId());
    assertEquals(List.of("刘强"), learners.stream().map(e -> e.getPerson().getName()).toList());
    assertEquals(EnrolmentResult.PASSED, learners.get(0).getResult());
  }

  @Test
  void badCoursesAndMaterialsAreRefusedWithNothingWritten() {
    acting.as("provadmin");
    int before = courses.findManagedCourses().size();
    assertEquals(
        "error.hours.step",
        refusal(
            () ->
                courses.draftCourse(
                    new CourseDetails(
                        "半小时以外",
                        null,
                        "REGULATIONS",
                        Delivery.OFFLINE,
                        new BigDecimal("1.2"),
                        Audience.REGULATORS,
                        false,
                        null,
                        false))));
    assertEquals(
        "error.field.required",
        refusal(() -> courses.draftCourse(details(" ", Delivery.OFFLINE, Audience.REGULATORS))));
    assertEquals(before, courses.findManagedCourses().size());
    assertEquals(
        "error.file.type",
        refusal(
            () ->
                courses.uploadMaterial(
                    "讲义.pdf",
                    new ByteArrayInputStream("MZ program".getBytes(StandardCharsets.US_ASCII)))));
    Course draft = courses.draftCourse(details("资料测试（IT）", Delivery.ONLINE, Audience.BOTH));
    assertEquals(
        "error.course.url",
        refusal(
            () ->
                courses.addMaterialLink(
                    draft.getId(), draft.getVersion(), "视频", "javascript:alert(1)")));
    assertEquals(
        "error.course.noMaterials",
        refusal(() -> courses.publishCourse(draft.getId(), draft.getVersion())));
    assertEquals(
        "error.course.notPublished",
        refusal(
            () ->
                sessions.planSession(
                    draft.getId(), plan(LocalDateTime.now().plusDays(3).withNano(0), 10, true))));
    Course published = publishedCourse("过去的培训班（IT）", Delivery.OFFLINE, Audience.REGULATORS);
    assertEquals(
        "error.session.past",
        refusal(
            () ->
                sessions.planSession(
                    published.getId(), plan(LocalDateTime.now().minusDays(1), 10, true))));
  }

  private Course publishedCourse(String title, Delivery delivery, Audience audience) {
    Course draft = courses.draftCourse(details(title, delivery, audience));
    return courses.publishCourse(draft.getId(), draft.getVersion());
  }

  private Course onlineCourse(String title, boolean quiz) {
    Course draft =
        courses.draftCourse(
            new CourseDetails(
                title,
                null,
                "QUALITY_SYSTEM",
                Delivery.ONLINE,
                new BigDecimal("2.5"),
                Audience.BOTH,
                false,
                null,
                quiz));
    Course linked =
        courses.addMaterialLink(
            draft.getId(),
            draft.getVersion(),
            "讲座视频",
            "https://video.example.cn/" + UUID.randomUUID());
    long pdf =
        courses
            .uploadMaterial(
                "讲义.pdf", new ByteArrayInputStream(TestPdfs.pdf("slides " + UUID.randomUUID())))
            .getId();
    Course withFile = courses.addMaterialFile(linked.getId(), linked.getVersion(), "讲义", pdf);
    return courses.publishCourse(withFile.getId(), withFile.getVersion());
  }

  private static CourseDetails details(String title, Delivery delivery, Audience audience) {
    return new CourseDetails(
        title, "课程简介", "REGULATIONS", delivery, new BigDecimal("4"), audience, false, null, false);
  }

  private static SessionPlan plan(LocalDateTime start, int capacity, boolean selfEnrolment) {
    return new SessionPlan(start, start.plusHours(3), "银川市会议中心", null, capacity, selfEnrolment);
  }

  /** An attendance sheet with the template's Chinese headers, one row per user name and flag. */
  private static byte[] attendanceSheet(String[][] rows) throws IOException {
    try (XSSFWorkbook workbook = new XSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Sheet sheet = workbook.createSheet();
      Row header = sheet.createRow(0);
      header.createCell(0).setCellValue("用户名");
      header.createCell(1).setCellValue("姓名");
      header.createCell(2).setCellValue("出席");
      for (int i = 0; i < rows.length; i++) {
        Row row = sheet.createRow(i + 1);
        row.createCell(0).setCellValue(rows[i][0]);
        row.createCell(2).setCellValue(rows[i][1]);
      }
      workbook.write(out);
      return out.toByteArray();
    }
  }

  /** Waits for a session to begin, so that its attendance can be taken. */
  private static void waitUntil(LocalDateTime start) throws InterruptedException {
    while (!LocalDateTime.now(ZoneId.of("Asia/Shanghai")).isAfter(start)) {
      Thread.sleep(200);
    }
  }

  /** A single choice (the first option right) and a true statement, 10 points each. */
  private PaperRule quizPaper(String tag) {
    Question single =
        bank.createQuestion(
            new QuestionDraft(
                QuestionType.SINGLE_CHOICE,
                "GMP",
                2,
                true,
                Set.of(),
                new QuestionContent(
                    tag + " 产品放行由谁批准？",
                    List.of(
                        new QuestionOption("质量安全负责人", true), new QuestionOption("生产负责人", false)),
                    null,
                    List.of(),
                    null)));
    Question truth =
        bank.createQuestion(
            new QuestionDraft(
                QuestionType.TRUE_FALSE,
                "GMP",
                2,
                true,
                Set.of(),
                new QuestionContent(tag + " 放行前应审核批生产记录。", List.of(), true, List.of(), null)));
    return PaperRule.fixed(
        List.of(new ListedQuestion(single.getId(), 10), new ListedQuestion(truth.getId(), 10)));
  }

  private static CampaignTerms quizTerms(String tag) {
    LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
    return new CampaignTerms(
        tag + " 课程测验", YEAR, Set.of(), 20, today.minusDays(1), today.plusDays(60), 20, 2, true);
  }

  private static String refusal(Runnable action) {
    return assertThrows(BusinessException.class, action::run).getMessageKey();
  }
}
