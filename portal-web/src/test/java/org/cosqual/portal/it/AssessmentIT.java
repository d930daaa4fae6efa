package org.cosqual.portal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.control.RequestContextController;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import javax.sql.DataSource;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.cosqual.personnel.application.ArchiveSection;
import org.cosqual.personnel.application.EnterpriseService;
import org.cosqual.personnel.application.FilingService;
import org.cosqual.personnel.application.IssuedDocuments;
import org.cosqual.personnel.application.StaffArchiveService;
import org.cosqual.personnel.application.spreadsheet.ImportReport;
import org.cosqual.personnel.application.spreadsheet.RowError;
import org.cosqual.personnel.application.spreadsheet.Spreadsheets;
import org.cosqual.personnel.domain.model.appointment.KeyPosition;
import org.cosqual.personnel.domain.model.document.DocumentKind;
import org.cosqual.personnel.domain.model.document.IssuedDocument;
import org.cosqual.personnel.domain.model.enterprise.Enterprise;
import org.cosqual.personnel.domain.model.filing.Filing;
import org.cosqual.personnel.domain.model.person.MajorField;
import org.cosqual.personnel.domain.shared.AccessDeniedException;
import org.cosqual.personnel.domain.shared.BusinessException;
import org.cosqual.personnel.domain.shared.NotFoundException;
import org.cosqual.personnel.domain.shared.StaleVersionException;
import org.cosqual.portal.shell.SheetLabels;
import org.cosqual.portal.training.CertificatePdf;
import org.cosqual.training.application.CampaignService;
import org.cosqual.training.application.CampaignStatisticsService;
import org.cosqual.training.application.Certificate;
import org.cosqual.training.application.ExamService;
import org.cosqual.training.application.PracticeSet;
import org.cosqual.training.application.QuestionBankService;
import org.cosqual.training.application.QuestionSheet;
import org.cosqual.training.application.ResultService;
import org.cosqual.training.application.internal.AssessmentArchiveSection;
import org.cosqual.training.domain.model.assessment.AssessmentFiling;
import org.cosqual.training.domain.model.assessment.Attempt;
import org.cosqual.training.domain.model.assessment.AttemptClient;
import org.cosqual.training.domain.model.assessment.AttemptClosing;
import org.cosqual.training.domain.model.assessment.AttemptEventKind;
import org.cosqual.training.domain.model.assessment.AttemptItem;
import org.cosqual.training.domain.model.assessment.AttemptStatus;
import org.cosqual.training.domain.model.assessment.Campaign;
import org.cosqual.training.domain.model.assessment.CampaignKind;
import org.cosqual.training.domain.model.assessment.CampaignStatus;
import org.cosqual.training.domain.model.assessment.CampaignTerms;
import org.cosqual.training.domain.model.assessment.Enrolment;
import org.cosqual.training.domain.model.assessment.EnrolmentResult;
import org.cosqual.training.domain.model.assessment.ListedQuestion;
import org.cosqual.training.domain.model.assessment.PaperRule;
import org.cosqual.training.domain.model.assessment.Quota;
import org.cosqual.training.domain.model.question.Answer;
import org.cosqual.training.domain.model.question.Grade;
import org.cosqual.training.domain.model.question.Question;
import org.cosqual.training.domain.model.question.QuestionContent;
import org.cosqual.training.domain.model.question.QuestionDraft;
import org.cosqual.training.domain.model.question.QuestionFilter;
import org.cosqual.training.domain.model.question.QuestionOption;
import org.cosqual.training.domain.model.question.QuestionStatus;
import org.cosqual.training.domain.model.question.QuestionType;
import org.cosqual.training.domain.model.question.QuestionVersion;
import org.cosqual.training.domain.model.statistics.ItemStatistics;
import org.cosqual.training.domain.model.statistics.NotTaken;
import org.cosqual.training.domain.model.statistics.Participation;
import org.cosqual.training.domain.model.statistics.ParticipationBreakdown;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Assessments on real MariaDB. The question bank: regulator administrators create, find, revise (a
 * new version once used), retire, export and import questions; a regulator without the role is
 * refused. Campaigns: defined and opened by the province, enrolling the current holders of their
 * positions, and later appointees on approval. Exams: one open attempt however many starts come at
 * once, every answer kept, refusals after the deadline, submission by the clock, grading by hand,
 * the best score and a make-up attempt. Statistics: participation, item analysis and the
 * not-yet-taken list of a campaign with known scores, in each caller's subtree, and their workbook.
 */
@ExtendWith(ArquillianExtension.class)
class AssessmentIT {

  @Deployment
  static WebArchive deployment() {
    WebArchive war =
        ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("cosqual.war")));
    return InContainer.openToArquillian(war)
        .addClasses(
            Acting.class, AssessmentIT.class, InContainer.class, FiledPeople.class, TestPdfs.class);
  }

  @Inject Acting acting;
  @Inject QuestionBankService bank;
  @Inject Spreadsheets spreadsheets;
  @Inject CampaignService campaigns;
  @Inject CampaignStatisticsService statistics;
  @Inject ExamService exams;
  @Inject ResultService results;
  @Inject FilingService filings;
  @Inject StaffArchiveService archive;
  @Inject EnterpriseService enterprises;
  @Inject AssessmentArchiveSection archiveSection;
  @Inject CertificatePdf certificatePdf;
  @Inject IssuedDocuments documents;

  @Resource(lookup = "java:comp/DefaultManagedExecutorService")
  ManagedExecutorService executor;

  @Resource(lookup = "java:app/jdbc/cosqual")
  DataSource database;

  private static final String SHIZUISHAN = "91640202MA77B3N8RH";
  private static final String PROVINCE = "宁夏回族自治区";
  private static final AtomicInteger PEOPLE = new AtomicInteger();

  @Test
  void createSearchReviseAfterUseAndRetire() {
    acting.as("provadmin");
    String tag = "IT" + UUID.randomUUID().toString().substring(0, 8);
    QuestionDraft noCorrect = single(tag + " 100% stem", false, false);
    assertEquals(
        "error.question.singleCorrect",
        assertThrows(BusinessException.class, () -> bank.createQuestion(noCorrect))
            .getMessageKey());
    Question question = bank.createQuestion(single(tag + " 100% stem", false, true));
    bank.createQuestion(single(tag + " other", true, false));

    assertEquals(2, bank.countQuestions(filter(tag, null)));
    assertEquals(1, bank.countQuestions(filter(tag + " 100%", null)));
    assertEquals(0, bank.countQuestions(filter(tag + "_100", null)), "wildcards are literal");
    QuestionFilter forLab =
        new QuestionFilter(tag, null, "GMP", 3, KeyPosition.LAB_MANAGER.code(), null);
    assertEquals(0, bank.countQuestions(forLab));
    assertEquals(
        question.getId(), bank.findQuestions(filter(tag + " 100%", null), 0, 10).get(0).getId());

    Question inPlace =
        bank.reviseQuestion(
            question.getId(), question.getVersion(), single(tag + " 100% revised", true, false));
    assertEquals(1, inPlace.getCurrentNumber());
    assertThrows(
        StaleVersionException.class,
        () ->
            bank.reviseQuestion(question.getId(), question.getVersion(), single(tag, true, false)));

    QuestionVersion seen = bank.useQuestion(question.getId());
    Question used = bank.getQuestion(question.getId());
    Question revised =
        bank.reviseQuestion(
            used.getId(), used.getVersion(), single(tag + " 100% third", false, true));
    assertEquals(2, revised.getCurrentNumber());
    QuestionVersion first = bank.getQuestion(question.getId()).getVersions().get(0);
    assertEquals(seen.getId(), first.getId());
    assertEquals(tag + " 100% revised", first.getStem(), "the used version keeps what was seen");
    assertEquals(Grade.CORRECT, first.grade(Answer.choice(0)));
    assertEquals(
        Grade.CORRECT, bank.getQuestion(question.getId()).current().grade(Answer.choice(1)));

    bank.retireQuestion(revised.getId(), revised.getVersion());
    assertEquals(1, bank.countQuestions(filter(tag, QuestionStatus.ACTIVE)));

    acting.as("inspector");
    assertThrows(AccessDeniedException.class, () -> bank.countQuestions(QuestionFilter.ALL));
    assertThrows(
        AccessDeniedException.class, () -> bank.createQuestion(single(tag + " x", true, false)));
  }

  @Test
  void importReportsBadRowsAndASecondImportChangesNothing() throws Exception {
    acting.as("provadmin");
    String tag = "IMP" + UUID.randomUUID().toString().substring(0, 8);
    List<List<?>> rows =
        List.of(
            row(QuestionType.SINGLE_CHOICE, tag + " single", "B", "x", "y"),
            row(QuestionType.MULTIPLE_CHOICE, tag + " multiple", "A,C", "x", "y", "z"),
            row(QuestionType.TRUE_FALSE, tag + " truth", "对"),
            row(QuestionType.FILL_IN, tag + " blank", "two"),
            row(QuestionType.SINGLE_CHOICE, tag + " bad letter", "C", "x", "y"),
            row(QuestionType.MULTIPLE_CHOICE, tag + " one correct", "A", "x", "y"),
            row(QuestionType.SINGLE_CHOICE, tag + " single", "B", "x", "y"));
    byte[] file = sheet(rows);
    ImportReport first =
        bank.importQuestions(new ByteArrayInputStream(file), SheetLabels.chinese());
    assertEquals(4, first.created(), first.errors().toString());
    assertEquals(
        List.of(
            "error.question.answerLetters",
            "error.question.multipleCorrect",
            "error.question.duplicateRow"),
        first.errors().stream().map(RowError::messageKey).toList());
    assertEquals(List.of(6, 7, 8), first.errors().stream().map(RowError::row).toList());

    ImportReport again =
        bank.importQuestions(new ByteArrayInputStream(file), SheetLabels.chinese());
    assertEquals(0, again.created());
    assertEquals(4, again.unchanged());

    ByteArrayOutputStream exported = new ByteArrayOutputStream();
    bank.exportQuestions(filter(tag, null), SheetLabels.chinese(), exported);
    ImportReport roundTrip =
        bank.importQuestions(
            new ByteArrayInputStream(exported.toByteArray()), SheetLabels.chinese());
    assertEquals(0, roundTrip.created());
    assertEquals(4, roundTrip.unchanged(), roundTrip.errors().toString());
    assertTrue(roundTrip.errors().isEmpty());
  }

  @Test
  void theDemoCampaignIsOpenOnceWithTheDemoCandidateEnrolledHoweverOftenThePortalStarted() {
    acting.as("provadmin");
    List<Campaign> demo =
        campaigns.findCampaigns().stream().filter(c -> c.getTitle().endsWith("（演示）")).toList();
    assertEquals(
        List.of(CampaignKind.ANNUAL, CampaignKind.COURSE_QUIZ, CampaignKind.PRACTICE),
        demo.stream().map(Campaign::getKind).sorted().toList(),
        "each seeded once, whatever the number of starts on this database");
    assertTrue(demo.stream().allMatch(Campaign::isOpen));
    Campaign campaign = demo.stream().filter(Campaign::isAnnual).findFirst().orElseThrow();
    assertEquals(CampaignStatus.OPEN, campaign.getStatus());
    assertTrue(campaign.getPositions().contains(KeyPosition.QUALITY_MANAGER));
    assertEquals(
        1, names(campaigns.findEnrolments(campaign.getId())).stream().filter("吴芳"::equals).count());
    assertEquals(
        1,
        bank.countQuestions(filter("《化妆品监督管理条例》自何时起施行？", QuestionStatus.ACTIVE)),
        "each demo question once");

    acting.as("qso");
    Enrolment mine =
        exams.findMyAssessments().stream()
            .filter(e -> e.getCampaign().getId().equals(campaign.getId()))
            .findFirst()
            .orElseThrow();
    assertEquals(KeyPosition.QUALITY_MANAGER, mine.getPosition());
  }

  @Test
  void aQuestionForAllPositionsIsFoundByAPositionAndDrawnForEachOfThem() {
    acting.as("provadmin");
    String tag = "ALL" + UUID.randomUUID().toString().substring(0, 8);
    bank.createQuestion(
        new QuestionDraft(
            QuestionType.TRUE_FALSE,
            "OTHER",
            5,
            true,
            Set.of(),
            new QuestionContent(tag + " truth", List.of(), true, List.of(), null)));
    assertEquals(
        1,
        bank.countQuestions(
            new QuestionFilter(tag, null, null, null, KeyPosition.LAB_MANAGER.code(), null)),
        "a question for all positions is one for the lab manager too");
    PaperRule draw = PaperRule.draw(List.of(new Quota("OTHER", 5, QuestionType.TRUE_FALSE, 1, 10)));
    Campaign draft = campaigns.defineCampaign(terms(tag, 10, 1), draw);
    assertEquals(CampaignStatus.DRAFT, draft.getStatus(), "the bank satisfies the draw");
  }

  @Test
  void aCampaignEnrolsTheHoldersOfItsPositionsAndLaterAppointees() {
    String tag = "CMP" + UUID.randomUUID().toString().substring(0, 8);
    acting.as("provadmin");
    PaperRule rule = fixedPaper(tag);
    PaperRule unsatisfiable =
        PaperRule.draw(List.of(new Quota("GMP", 3, QuestionType.SHORT_ANSWER, 150, 1)));
    assertEquals(
        "error.paper.quotaShort",
        assertThrows(
                BusinessException.class,
                () -> campaigns.defineCampaign(terms(tag, 20, 2), unsatisfiable))
            .getMessageKey());
    acting.as("cityadmin");
    assertEquals(
        "error.provinceWideOnly",
        assertThrows(
                BusinessException.class, () -> campaigns.defineCampaign(terms(tag, 20, 2), rule))
            .getMessageKey());

    acting.as("provadmin");
    fixedPaper(tag);
    PaperRule drawn =
        PaperRule.draw(
            List.of(
                new Quota("GMP", 3, QuestionType.SINGLE_CHOICE, 1, 10),
                new Quota("GMP", 3, QuestionType.TRUE_FALSE, 1, 10),
                new Quota("GMP", 3, QuestionType.SHORT_ANSWER, 1, 10)));
    Campaign draft = campaigns.defineCampaign(terms(tag, 20, 2), drawn);
    assertEquals(30, draft.getRule().maxScore());
    assertEquals(CampaignStatus.DRAFT, draft.getStatus());
    assertTrue(campaigns.findEnrolments(draft.getId()).isEmpty(), "nobody before it opens");
    Campaign open = campaigns.openCampaign(draft.getId(), draft.getVersion());
    assertThrows(
        StaleVersionException.class,
        () -> campaigns.openCampaign(draft.getId(), draft.getVersion()));
    List<Enrolment> province = campaigns.findEnrolments(open.getId());
    assertTrue(names(province).contains("李慧"), "the current officer of the Shizuishan enterprise");
    assertEquals(province.size(), names(province).stream().distinct().count(), "once per person");
    assertEquals(province.size(), campaigns.countEnrolments(open.getId()));
    assertTrue(
        province.stream().allMatch(e -> open.appliesTo(e.getPosition())),
        "only holders of its positions");

    acting.as("cityadmin");
    assertFalse(
        names(campaigns.findEnrolments(open.getId())).contains("李慧"),
        "a city sees its own subtree's people");

    String name = newCandidate();
    acting.as("provadmin");
    assertTrue(
        names(campaigns.findEnrolments(open.getId())).contains(name),
        "appointed while it is open: enrolled on approval");
    String username = "draw" + PEOPLE.get() + tag.toLowerCase();
    createAccount(name, username);
    acting.as(username);
    Enrolment mine =
        exams.findMyAssessments().stream()
            .filter(e -> e.getCampaign().getId().equals(open.getId()))
            .findFirst()
            .orElseThrow();
    Attempt drawnPaper =
        exams.startAttempt(mine.getId(), new AttemptClient("192.0.2.3", "Chromium", "draw"));
    assertEquals(
        List.of(QuestionType.SINGLE_CHOICE, QuestionType.TRUE_FALSE, QuestionType.SHORT_ANSWER),
        drawnPaper.getItems().stream()
            .map(i -> i.getQuestion().getQuestion().getType())
            .sorted()
            .toList(),
        "one question of each quota, drawn from the bank");
  }

  @Test
  void anExamKeepsEveryAnswerAndIsSubmittedByTheClock() throws Exception {
    String tag = "EXM" + UUID.randomUUID().toString().substring(0, 8);
    acting.as("provadmin");
    Campaign draft = campaigns.defineCampaign(terms(tag, 25, 1), fixedPaper(tag));
    Campaign campaign = campaigns.openCampaign(draft.getId(), draft.getVersion());
    String name = newCandidate();
    String username = "cand" + PEOPLE.get() + tag.toLowerCase();
    createAccount(name, username);

    acting.as(username);
    Enrolment enrolment = enrolmentIn(campaign.getId());
    List<Long> started = startAtOnce(username, enrolment.getId(), 4);
    assertEquals(1, started.stream().distinct().count(), "four starts at once, one attempt");
    long attemptId = started.get(0);

    AttemptClient home = new AttemptClient("192.0.2.1", "Chromium", "tab-1");
    Attempt practice = exams.startPractice(enrolment.getId(), home);
    assertTrue(practice.isPractice());
    assertFalse(started.contains(practice.getId()));
    AttemptItem practised = item(practice, QuestionType.SINGLE_CHOICE);
    exams.answerQuestion(
        practice.getId(), practised.getId(), Answer.choice(practised.order().indexOf(0)), home);
    Attempt practiceResult = exams.submitAttempt(practice.getId(), home);
    assertEquals(AttemptStatus.GRADED, practiceResult.getStatus());
    assertEquals(10, practiceResult.getScore());
    AttemptClient office = new AttemptClient("192.0.2.2", "Firefox", "tab-2");
    Attempt attempt = exams.openAttempt(attemptId, home);
    AttemptItem single = item(attempt, QuestionType.SINGLE_CHOICE);
    AttemptItem truth = item(attempt, QuestionType.TRUE_FALSE);
    AttemptItem essay = item(attempt, QuestionType.SHORT_ANSWER);
    int right = single.order().indexOf(0);
    exams.answerQuestion(attemptId, single.getId(), Answer.choice(right), home);
    exams.answerQuestion(attemptId, truth.getId(), Answer.truth(false), office);
    exams.answerQuestion(attemptId, essay.getId(), Answer.text("Release needs the QSO."), home);
    assertEquals(
        "error.attempt.noSuchOption",
        assertThrows(
                BusinessException.class,
                () -> exams.answerQuestion(attemptId, single.getId(), Answer.choice(7), home))
            .getMessageKey());
    Attempt reopened = exams.openAttempt(attemptId, home);
    assertEquals(Set.of(right), item(reopened, QuestionType.SINGLE_CHOICE).shownChoices());
    assertEquals(false, item(reopened, QuestionType.TRUE_FALSE).getAnswerTruth());
    assertEquals(attempt.getDeadline(), reopened.getDeadline(), "a resume keeps the time");

    acting.as("inspector");
    assertThrows(
        NotFoundException.class,
        () -> exams.answerQuestion(attemptId, single.getId(), Answer.choice(0), home));

    moveDeadlineIntoThePast(attemptId);
    acting.asSystem();
    exams.closeExpiredAttempts();
    acting.as(username);
    Attempt closed = exams.findMyAttempts(enrolment.getId()).get(0);
    assertEquals(AttemptClosing.EXPIRED, closed.getClosing());
    assertEquals(AttemptStatus.AWAITING_GRADING, closed.getStatus(), "the essay waits");
    assertEquals(
        "error.attempt.submitted",
        assertThrows(
                BusinessException.class,
                () -> exams.answerQuestion(attemptId, truth.getId(), Answer.truth(true), home))
            .getMessageKey());
    assertEquals(
        false, item(exams.openAttempt(attemptId, home), QuestionType.TRUE_FALSE).getAnswerTruth());

    acting.as("cityadmin");
    assertThrows(
        NotFoundException.class, () -> results.gradeShortAnswer(attemptId, essay.getId(), 5));
    acting.as("provadmin");
    assertTrue(
        results.findAnswersToGrade().stream().anyMatch(i -> i.getId().equals(essay.getId())));
    Attempt graded = results.gradeShortAnswer(attemptId, essay.getId(), 5);
    assertEquals(15, graded.getScore(), "10 for the single choice, 5 for the essay");
    List<AttemptEventKind> log =
        results.findAttemptLog(attemptId).stream().map(e -> e.getKind()).toList();
    assertEquals(AttemptEventKind.STARTED, log.get(0));
    assertTrue(log.contains(AttemptEventKind.CONCURRENT_SESSION), log.toString());
    assertTrue(log.contains(AttemptEventKind.RESUMED), log.toString());
    assertTrue(log.contains(AttemptEventKind.AUTO_SUBMITTED), log.toString());

    AssessmentFiling failedFiling = filingOf(enrolment);
    assertFalse(failedFiling.isPassed());
    assertTrue(
        archiveLines(enrolment).contains("training_assessmentArchive.failedUnconfirmed"),
        "a failure stands in the archive");
    results.confirmFiling(failedFiling.getId(), failedFiling.getVersion());
    assertThrows(
        StaleVersionException.class,
        () -> results.confirmFiling(failedFiling.getId(), failedFiling.getVersion()));
    Enrolment failed = results.findAttempts(enrolment.getId()).get(0).getEnrolment();
    assertEquals(EnrolmentResult.FAILED, failed.getResult(), "15 of 30, below 25, no attempt left");
    assertEquals(
        "error.field.required",
        assertThrows(
                BusinessException.class,
                () -> results.grantMakeUp(failed.getId(), failed.getVersion(), " "))
            .getMessageKey());
    results.grantMakeUp(failed.getId(), failed.getVersion(), "Network outage at the enterprise");

    acting.as(username);
    assertEquals(
        "error.certificate.none",
        assertThrows(BusinessException.class, () -> exams.myCertificate(enrolment.getId()))
            .getMessageKey());
    Attempt makeUp = exams.startAttempt(enrolment.getId(), home);
    assertEquals(2, makeUp.getNumber());
    assertNull(makeUp.getScore());
    AttemptItem again = item(makeUp, QuestionType.SINGLE_CHOICE);
    exams.answerQuestion(
        makeUp.getId(), again.getId(), Answer.choice(again.order().indexOf(0)), home);
    AttemptItem statement = item(makeUp, QuestionType.TRUE_FALSE);
    exams.answerQuestion(makeUp.getId(), statement.getId(), Answer.truth(true), home);
    AttemptItem answer = item(makeUp, QuestionType.SHORT_ANSWER);
    exams.answerQuestion(makeUp.getId(), answer.getId(), Answer.text("Batch release."), home);
    Attempt submitted = exams.submitAttempt(makeUp.getId(), home);
    assertEquals(AttemptClosing.SUBMITTED, submitted.getClosing());
    assertEquals(AttemptStatus.AWAITING_GRADING, submitted.getStatus());

    acting.as("provadmin");
    assertEquals(28, results.gradeShortAnswer(makeUp.getId(), answer.getId(), 8).getScore());
    acting.as("provadmin");
    AssessmentFiling passed = filingOf(enrolment);
    assertEquals(failedFiling.getId(), passed.getId(), "the make-up result is filed again");
    assertTrue(passed.isPassed());
    assertFalse(passed.isConfirmed(), "and waits for a new confirmation");
    assertTrue(
        results.findFilingsToConfirm().stream().anyMatch(f -> f.getId().equals(passed.getId())));
    results.confirmFiling(passed.getId(), passed.getVersion());
    assertTrue(archiveLines(enrolment).contains("training_assessmentArchive.passed"));

    acting.as(username);
    Certificate certificate = exams.myCertificate(enrolment.getId());
    assertEquals(
        certificate.document().getCode(),
        exams.myCertificate(enrolment.getId()).document().getCode(),
        "a second download, the same code");
    assertEquals(16, certificate.document().getCode().length(), "80 random bits");
    String pdf =
        TestPdfs.text(certificatePdf.render(certificate, "https://portal/verify", Locale.CHINA));
    assertTrue(pdf.contains("考核合格证书"), pdf);
    assertTrue(pdf.contains(name), pdf);
    assertTrue(pdf.contains(campaign.getTitle()), pdf);
    assertTrue(pdf.contains(certificate.document().getGroupedCode()), pdf);
    acting.asSystem();
    IssuedDocument verified =
        documents.verify(certificate.document().getGroupedCode().toLowerCase()).orElseThrow();
    assertEquals(DocumentKind.ASSESSMENT_CERTIFICATE, verified.getKind());
    assertEquals(name, verified.getPerson().getName());
    assertEquals(List.of(campaign.getTitle(), "生产部门负责人", "28", "30"), verified.getStatementArgs());
    assertTrue(documents.verify("ZZZZ-ZZZZ-ZZZZ-ZZZZ").isEmpty());
  }

  @Test
  void campaignStatisticsCountTheSubtreesPeopleAnalyseTheItemsAndExportThem() throws Exception {
    String tag = "STA" + UUID.randomUUID().toString().substring(0, 8);
    acting.as("provadmin");
    Campaign draft = campaigns.defineCampaign(terms(tag, 20, 1), fixedPaper(tag));
    long id = campaigns.openCampaign(draft.getId(), draft.getVersion()).getId();
    List<String> names = new ArrayList<>();
    List<String> users = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      names.add(newCandidate());
      users.add("cand" + PEOPLE.get() + tag.toLowerCase());
      createAccount(names.get(i), users.get(i));
    }
    // Scores 30 (passed), 15 and 10 (failed, no attempt left); the fourth is still answering,
    // the fifth has not begun.
    Attempt best = sit(users.get(0), id, true, true, "All of it.");
    Attempt middle = sit(users.get(1), id, true, false, "Some of it.");
    Attempt worst = sit(users.get(2), id, false, true, null);
    assertEquals(10, worst.getScore(), "the unanswered essay needs no grade");
    acting.as(users.get(3));
    exams.startAttempt(enrolmentIn(id).getId(), new AttemptClient("192.0.2.7", "Chromium", "s4"));
    acting.as("provadmin");
    results.gradeShortAnswer(best.getId(), item(best, QuestionType.SHORT_ANSWER).getId(), 10);
    results.gradeShortAnswer(middle.getId(), item(middle, QuestionType.SHORT_ANSWER).getId(), 5);
    long shizuishanId = shizuishan().getId();

    int enrolled = campaigns.findEnrolments(id).size();
    ParticipationBreakdown nodes = statistics.participationByJurisdiction(id);
    assertEquals(enrolled, nodes.total().enrolled());
    assertEquals(3, nodes.total().taken());
    assertEquals(1, nodes.total().passed());
    assertEquals(2, nodes.total().failed());
    assertEquals(enrolled - 3, nodes.total().pending());
    assertEquals(new BigDecimal("33.3"), nodes.total().passRate());
    assertEquals(
        List.of("银川市", "石嘴山市"),
        rowNames(nodes).stream().filter(n -> !n.equals(PROVINCE)).toList(),
        "the province's cities, after the province itself if enterprises are registered there");
    assertEquals(3, named(nodes, "石嘴山市").taken());
    assertEquals(0, named(nodes, "银川市").taken());
    assertEquals(enrolled, nodes.rows().stream().mapToInt(Participation::enrolled).sum());
    Participation enterprise = keyed(statistics.participationByEnterprise(id), shizuishanId);
    assertEquals(
        List.of(3, 1, 2), List.of(enterprise.taken(), enterprise.passed(), enterprise.failed()));
    assertEquals("大武口区", enterprise.jurisdiction());
    ParticipationBreakdown positions = statistics.participationByPosition(id);
    assertEquals(enrolled, positions.total().enrolled());
    Participation production = keyed(positions, KeyPosition.PRODUCTION_MANAGER.code());
    assertEquals("生产部门负责人", production.name());
    assertEquals(3, production.taken());
    assertEquals(new BigDecimal("33.3"), production.passRate());

    // Single: 10 10 0 of rests 20 5 10; statement: 10 0 10 of 20 15 0; essay: 10 5 0 of 20 10 10.
    List<ItemStatistics> items = statistics.itemAnalysis(id);
    assertEquals(
        List.of(QuestionType.SINGLE_CHOICE, QuestionType.TRUE_FALSE, QuestionType.SHORT_ANSWER),
        items.stream().map(ItemStatistics::type).toList());
    assertEquals(
        List.of("0.67", "0.67", "0.50"),
        items.stream().map(i -> i.analysis().difficulty().toPlainString()).toList());
    assertEquals(
        List.of("0.19", "-0.28", "0.87"),
        items.stream().map(i -> i.analysis().discrimination().toPlainString()).toList());
    assertEquals(List.of(3L, 3L, 2L), items.stream().map(i -> i.analysis().answered()).toList());
    assertTrue(items.get(0).analysis().isWeak());
    assertEquals(tag + " single", items.get(0).stem());

    int notTakenCount = statistics.countNotTaken(id);
    assertEquals(enrolled - 3, notTakenCount);
    List<NotTaken> notTaken =
        statistics.findNotTaken(id, 0, CampaignStatisticsService.NOT_TAKEN_PAGE_MAX);
    assertEquals(notTakenCount, notTaken.size());
    List<String> notTakenNames = notTaken.stream().map(NotTaken::name).toList();
    assertTrue(notTakenNames.containsAll(names.subList(3, 5)), notTakenNames.toString());
    assertFalse(notTakenNames.stream().anyMatch(names.subList(0, 3)::contains));
    assertTrue(inProgress(notTaken, names.get(3)));
    assertFalse(inProgress(notTaken, names.get(4)));
    assertEquals(notTaken.subList(1, 2), statistics.findNotTaken(id, 1, 1), "paged");
    assertTrue(statistics.findNotTaken(id, 0, 0).isEmpty());

    acting.as("inspector2");
    ParticipationBreakdown county = statistics.participationByJurisdiction(id);
    assertEquals(List.of("大武口区"), rowNames(county), "enterprises registered at the node itself");
    assertEquals(3, county.total().taken());
    assertEquals(3, statistics.itemAnalysis(id).size());

    acting.as("cityadmin");
    ParticipationBreakdown city = statistics.participationByJurisdiction(id);
    assertFalse(rowNames(city).contains("石嘴山市"));
    assertFalse(rowNames(city).contains("大武口区"));
    assertTrue(rowNames(city).contains("兴庆区"), "every county of the city, enrolled or not");
    assertEquals(0, city.total().taken());
    assertTrue(
        statistics.participationByEnterprise(id).rows().stream()
            .noneMatch(r -> r.key().equals(String.valueOf(shizuishanId))),
        "the Shizuishan enterprise is out of the city's view");
    assertTrue(statistics.itemAnalysis(id).isEmpty());
    List<NotTaken> cityNotTaken = statistics.findNotTaken(id, 0, 500);
    assertEquals(statistics.countNotTaken(id), cityNotTaken.size());
    assertTrue(cityNotTaken.stream().noneMatch(p -> names.contains(p.name())));

    acting.as(users.get(0));
    assertThrows(AccessDeniedException.class, () -> statistics.participationByPosition(id));
    acting.as("entadmin");
    assertThrows(AccessDeniedException.class, () -> statistics.countNotTaken(id));
    acting.as("provadmin");
    assertThrows(NotFoundException.class, () -> statistics.itemAnalysis(Long.MAX_VALUE));

    ByteArrayOutputStream out = new ByteArrayOutputStream();
    statistics.exportStatistics(id, SheetLabels.chinese(), out);
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
      assertEquals(
          List.of("按辖区", "按企业", "按关键岗位", "试题分析", "未参加考核人员"),
          List.of(0, 1, 2, 3, 4).stream().map(workbook::getSheetName).toList());
      Sheet byNode = workbook.getSheetAt(0);
      assertEquals("辖区", byNode.getRow(0).getCell(0).getStringCellValue());
      assertEquals(nodes.rows().size() + 1, byNode.getLastRowNum(), "a row each and the total");
      assertEquals(3, sheetRow(byNode, "石嘴山市").getCell(2).getNumericCellValue());
      Row total = byNode.getRow(byNode.getLastRowNum());
      assertEquals("合计", total.getCell(0).getStringCellValue());
      assertEquals(enrolled, total.getCell(1).getNumericCellValue());
      assertEquals(33.3, total.getCell(7).getNumericCellValue());
      Sheet itemSheet = workbook.getSheetAt(3);
      assertEquals(3, itemSheet.getLastRowNum());
      assertEquals(tag + " essay", itemSheet.getRow(3).getCell(0).getStringCellValue());
      assertEquals("简答题", itemSheet.getRow(3).getCell(1).getStringCellValue());
      assertEquals(0.87, itemSheet.getRow(3).getCell(8).getNumericCellValue());
      Sheet people = workbook.getSheetAt(4);
      assertEquals(notTakenCount, people.getLastRowNum());
      List<String> exported = new ArrayList<>();
      for (int r = 1; r <= people.getLastRowNum(); r++) {
        exported.add(people.getRow(r).getCell(0).getStringCellValue());
      }
      assertEquals(notTakenNames, exported);
    }
  }

  /** Starts and submits the candidate's attempt, the answers right or wrong as asked. */
  private Attempt sit(
      String username, long campaignId, boolean singleRight, boolean truth, String essay) {
    acting.as(username);
    AttemptClient client = new AttemptClient("192.0.2.7", "Chromium", username);
    Attempt attempt = exams.startAttempt(enrolmentIn(campaignId).getId(), client);
    AttemptItem single = item(attempt, QuestionType.SINGLE_CHOICE);
    Answer choice = Answer.choice(single.order().indexOf(singleRight ? 0 : 1));
    exams.answerQuestion(attempt.getId(), single.getId(), choice, client);
    AttemptItem statement = item(attempt, QuestionType.TRUE_FALSE);
    exams.answerQuestion(attempt.getId(), statement.getId(), Answer.truth(truth), client);
    if (essay != null) {
      AttemptItem answer = item(attempt, QuestionType.SHORT_ANSWER);
      exams.answerQuestion(attempt.getId(), answer.getId(), Answer.text(essay), client);
    }
    return exams.submitAttempt(attempt.getId(), client);
  }

  /** The acting candidate's enrolment in the campaign. */
  @Test
  void aPracticeSetIsOpenToEveryLearnerAsOftenAsTheyLikeAndCountsForNothing() {
    String tag = "PRC" + UUID.randomUUID().toString().substring(0, 8);
    acting.as("provadmin");
    LocalDate today = LocalDate.now();
    CampaignTerms terms =
        new CampaignTerms(
            tag + " 自测练习",
            today.getYear(),
            Set.of(),
            30,
            today.minusDays(1),
            today.plusDays(30),
            10,
            1,
            true);
    Campaign draft = campaigns.definePracticeSet(terms, fixedPaper(tag));
    assertTrue(draft.getPositions().isEmpty(), "for no position");
    Campaign set = campaigns.openCampaign(draft.getId(), draft.getVersion());
    assertEquals(0, campaigns.countEnrolments(set.getId()), "learners enrol at their first start");
    assertEquals(
        "error.campaign.noStatistics",
        assertThrows(BusinessException.class, () -> statistics.participationByPosition(set.getId()))
            .getMessageKey());

    AttemptClient client = new AttemptClient("192.0.2.8", "Chromium", "practice");
    for (String learner : List.of("inspector", "qso")) {
      acting.as(learner);
      assertTrue(practiceIn(set).attempts().isEmpty());
      Attempt first = exams.startPracticeSet(set.getId(), client);
      Attempt second = exams.startPracticeSet(set.getId(), client);
      assertTrue(first.isPractice() && second.isPractice());
      assertEquals(List.of(1, 2), List.of(first.getNumber(), second.getNumber()), learner);
      AttemptItem single = item(first, QuestionType.SINGLE_CHOICE);
      exams.answerQuestion(
          first.getId(), single.getId(), Answer.choice(single.order().indexOf(0)), client);
      Attempt graded = exams.submitAttempt(first.getId(), client);
      assertEquals(AttemptStatus.GRADED, graded.getStatus(), "no regulator grades a practice");
      assertEquals(10, graded.getScore());
      assertEquals(2, practiceIn(set).attempts().size());
      long enrolmentId = graded.getEnrolment().getId();
      assertEquals(
          "error.attempt.practiceOnly",
          assertThrows(BusinessException.class, () -> exams.startAttempt(enrolmentId, client))
              .getMessageKey());
      assertTrue(
          exams.findMyAssessments().stream().allMatch(e -> e.getCampaign().isAnnual()),
          "a practice set is no assessment");
    }

    acting.as("provadmin");
    List<Enrolment> learners = campaigns.findEnrolments(set.getId());
    assertEquals(2, learners.size());
    assertTrue(
        learners.stream().allMatch(e -> e.getBestScore() == null && e.getFiling().isEmpty()));
  }

  private PracticeSet practiceIn(Campaign set) {
    return exams.findPracticeSets().stream()
        .filter(p -> p.set().getId().equals(set.getId()))
        .findFirst()
        .orElseThrow(() -> new AssertionError("not listed: " + set.getTitle()));
  }

  private Enrolment enrolmentIn(long campaignId) {
    return exams.findMyAssessments().stream()
        .filter(e -> e.getCampaign().getId().equals(campaignId))
        .findFirst()
        .orElseThrow();
  }

  private static List<String> rowNames(ParticipationBreakdown breakdown) {
    return breakdown.rows().stream().map(Participation::name).toList();
  }

  private static Participation keyed(ParticipationBreakdown breakdown, Object key) {
    return breakdown.rows().stream()
        .filter(r -> r.key().equals(String.valueOf(key)))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no row " + key + " in " + breakdown));
  }

  private static Participation named(ParticipationBreakdown breakdown, String name) {
    return breakdown.rows().stream()
        .filter(r -> r.name().equals(name))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no row " + name + " in " + breakdown));
  }

  private static Row sheetRow(Sheet sheet, String firstCell) {
    for (Row row : sheet) {
      if (firstCell.equals(row.getCell(0).getStringCellValue())) {
        return row;
      }
    }
    throw new AssertionError("no row " + firstCell + " in " + sheet.getSheetName());
  }

  private static boolean inProgress(List<NotTaken> people, String name) {
    return people.stream()
        .filter(p -> p.name().equals(name))
        .findFirst()
        .orElseThrow()
        .inProgress();
  }

  private AssessmentFiling filingOf(Enrolment enrolment) {
    return results.findFilingsToConfirm().stream()
        .filter(f -> f.getEnrolment().getId().equals(enrolment.getId()))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no unconfirmed filing of " + enrolment.getId()));
  }

  private List<String> archiveLines(Enrolment enrolment) {
    return archiveSection.linesFor(enrolment.getPerson().getId()).stream()
        .map(ArchiveSection.Line::textKey)
        .toList();
  }

  /** Starts an attempt from so many threads at once, each in its own request as the candidate. */
  private List<Long> startAtOnce(String username, long enrolmentId, int starts) throws Exception {
    CountDownLatch ready = new CountDownLatch(starts);
    List<Future<Long>> results = new ArrayList<>();
    for (int i = 0; i < starts; i++) {
      AttemptClient client = new AttemptClient("192.0.2.9", "Chromium", "start-" + i);
      Callable<Long> start =
          () -> {
            RequestContextController request =
                CDI.current().select(RequestContextController.class).get();
            request.activate();
            try {
              acting.as(username);
              ready.countDown();
              ready.await();
              return exams.startAttempt(enrolmentId, client).getId();
            } finally {
              request.deactivate();
            }
          };
      results.add(executor.submit(start));
    }
    List<Long> ids = new ArrayList<>();
    for (Future<Long> result : results) {
      ids.add(result.get());
    }
    return ids;
  }

  private void moveDeadlineIntoThePast(long attemptId) throws SQLException {
    try (Connection connection = database.getConnection();
        PreparedStatement update =
            connection.prepareStatement(
                "UPDATE exam_attempt SET deadline = UTC_TIMESTAMP(6) - INTERVAL 1 MINUTE"
                    + " WHERE id = ?")) {
      update.setLong(1, attemptId);
      assertEquals(1, update.executeUpdate());
    }
  }

  private static AttemptItem item(Attempt attempt, QuestionType type) {
    return attempt.getItems().stream()
        .filter(i -> i.getQuestion().getQuestion().getType() == type)
        .findFirst()
        .orElseThrow();
  }

  private static List<String> names(List<Enrolment> enrolments) {
    return enrolments.stream().map(e -> e.getPerson().getName()).toList();
  }

  /** A single choice (first option right), a true statement and a short answer, 10 points each. */
  private PaperRule fixedPaper(String tag) {
    Question single =
        bank.createQuestion(forEveryone(QuestionType.SINGLE_CHOICE, choices(tag + " single")));
    Question truth =
        bank.createQuestion(
            forEveryone(
                QuestionType.TRUE_FALSE,
                new QuestionContent(tag + " truth", List.of(), true, List.of(), null)));
    Question essay =
        bank.createQuestion(
            forEveryone(
                QuestionType.SHORT_ANSWER,
                new QuestionContent(tag + " essay", List.of(), null, List.of(), null)));
    return PaperRule.fixed(
        List.of(
            new ListedQuestion(single.getId(), 10),
            new ListedQuestion(truth.getId(), 10),
            new ListedQuestion(essay.getId(), 10)));
  }

  private static QuestionContent choices(String stem) {
    return new QuestionContent(
        stem,
        List.of(
            new QuestionOption("Right", true),
            new QuestionOption("Wrong", false),
            new QuestionOption("Also wrong", false)),
        null,
        List.of(),
        "Why.");
  }

  private static QuestionDraft forEveryone(QuestionType type, QuestionContent content) {
    return new QuestionDraft(type, "GMP", 3, true, Set.of(), content);
  }

  private static CampaignTerms terms(String tag, int passMark, int attempts) {
    LocalDate today = LocalDate.now();
    return new CampaignTerms(
        tag + " annual assessment",
        today.getYear(),
        Set.of(KeyPosition.QUALITY_SAFETY_OFFICER, KeyPosition.PRODUCTION_MANAGER),
        30,
        today.minusDays(1),
        today.plusDays(30),
        passMark,
        attempts,
        true);
  }

  /**
   * A new production manager of the Shizuishan enterprise, filed by its administrator and approved
   * by the province.
   *
   * @return their name
   */
  private String newCandidate() {
    int number = PEOPLE.incrementAndGet();
    String name = "考生" + "甲乙丙丁戊己庚辛".charAt(number % 8) + number;
    acting.asSystem();
    Enterprise enterprise = shizuishan();
    acting.asAdministratorOf(enterprise);
    Filing filing =
        filings.fileAppointment(
            enterprise.getId(),
            KeyPosition.PRODUCTION_MANAGER,
            FiledPeople.particulars(name, idNumber(number), "化学", MajorField.CHEMISTRY),
            LocalDate.now().minusDays(1),
            null,
            null);
    acting.as("provadmin");
    filings.approveFiling(filing.getId(), filing.getVersion(), null);
    return name;
  }

  private void createAccount(String name, String username) {
    acting.asSystem();
    Enterprise enterprise = shizuishan();
    long personId =
        archive.getEnterpriseStaff(enterprise.getId()).appointments().stream()
            .filter(a -> a.getPerson().getName().equals(name))
            .findFirst()
            .orElseThrow()
            .getPerson()
            .getId();
    acting.asAdministratorOf(enterprise);
    archive.createStaffAccount(personId, username);
  }

  private Enterprise shizuishan() {
    return enterprises.findVisibleEnterprises().stream()
        .filter(e -> e.getCreditCode().value().equals(SHIZUISHAN))
        .findFirst()
        .orElseThrow();
  }

  /** A resident id number of Shizuishan born in 1988, its check digit by GB 11643-1999. */
  private static String idNumber(int serial) {
    String body =
        String.format(
            "64020219880%d%02d%03d", 1 + serial / 28 % 9, 1 + serial % 28, 500 + serial % 500);
    int[] weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      sum += (body.charAt(i) - '0') * weights[i];
    }
    return body + "10X98765432".charAt(sum % 11);
  }

  private byte[] sheet(List<List<?>> rows) {
    QuestionSheet sheet = bank.sheet();
    Function<String, String> labels = sheet.labels(SheetLabels.chinese());
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    spreadsheets.writeList(sheet.layout(), labels, rows, out);
    return out.toByteArray();
  }

  private static List<?> row(QuestionType type, String stem, String answer, String... options) {
    Object[] cells = new Object[15];
    cells[0] = type;
    cells[1] = "QuestionTopic.GMP";
    cells[2] = 2;
    cells[3] = List.of(QuestionSheet.ALL_POSITIONS);
    cells[4] = stem;
    System.arraycopy(options, 0, cells, 5, options.length);
    cells[11] = answer;
    return Arrays.asList(cells);
  }

  private static QuestionFilter filter(String text, QuestionStatus status) {
    return new QuestionFilter(text, null, null, null, null, status);
  }

  private static QuestionDraft single(String stem, boolean firstCorrect, boolean secondCorrect) {
    return new QuestionDraft(
        QuestionType.SINGLE_CHOICE,
        "GMP",
        3,
        false,
        Set.of(KeyPosition.QUALITY_SAFETY_OFFICER),
        new QuestionContent(
            stem,
            List.of(
                new QuestionOption("Yes", firstCorrect), new QuestionOption("No", secondCorrect)),
            null,
            List.of(),
            "Why."));
  }
}
