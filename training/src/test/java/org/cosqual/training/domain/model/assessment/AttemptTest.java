package org.cosqual.training.domain.model.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.cosqual.personnel.domain.shared.BusinessException;
import org.cosqual.training.domain.model.question.Answer;
import org.cosqual.training.domain.model.question.Grade;
import org.cosqual.training.domain.model.question.Question;
import org.cosqual.training.domain.model.question.QuestionContent;
import org.cosqual.training.domain.model.question.QuestionType;
import org.cosqual.training.domain.model.question.Questions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class AttemptTest {

  private final Exams bank = new Exams();
  private final Question single = bank.add(QuestionType.SINGLE_CHOICE, 3, Exams.single("single"));
  private final Question multiple =
      bank.add(
          QuestionType.MULTIPLE_CHOICE, 3, Questions.choices("multiple", true, false, true, false));
  private final Question truth =
      bank.add(
          QuestionType.TRUE_FALSE,
          3,
          new QuestionContent("truth", List.of(), true, List.of(), null));
  private final Question blank =
      bank.add(QuestionType.FILL_IN, 3, Questions.blank("blank", "GB 5296.3"));
  private final Question essay =
      bank.add(
          QuestionType.SHORT_ANSWER,
          3,
          new QuestionContent("essay", List.of(), null, List.of(), null));

  /** Every question of the bank, 10 points each: 50 in all, 30 to pass. */
  private final PaperRule rule =
      PaperRule.fixed(
          List.of(
              new ListedQuestion(1, 10),
              new ListedQuestion(2, 10),
              new ListedQuestion(3, 10),
              new ListedQuestion(4, 10),
              new ListedQuestion(5, 10)));

  private final Campaign campaign = Exams.openCampaign(rule, 30, 2);
  private final Enrolment enrolment = Exams.enrol(campaign, 1);

  private Attempt begin() {
    return bank.begin(enrolment, 7, Exams.NOW);
  }

  private AttemptItem item(Attempt attempt, Question question) {
    return attempt.getItems().stream()
        .filter(i -> i.getQuestion().getQuestion() == question)
        .findFirst()
        .orElseThrow();
  }

  /** The shown position of a version's option, as the page would send it. */
  private static int shown(AttemptItem item, int own) {
    return item.order().indexOf(own);
  }

  @Test
  void aStartedAttemptHasThePaperTheUsedVersionsAndTheServersDeadline() {
    Attempt attempt = begin();
    assertEquals(1, attempt.getNumber());
    assertEquals(5, attempt.getItems().size());
    assertEquals(50, attempt.getMaxScore());
    assertEquals(Exams.NOW.plus(Duration.ofMinutes(30)), attempt.getDeadline());
    assertTrue(attempt.getItems().stream().allMatch(i -> i.getQuestion().isUsed()));
    assertEquals(1, enrolment.getAttemptsUsed());
    assertEquals(Duration.ofMinutes(10), attempt.remaining(Exams.NOW.plusSeconds(1200)));
  }

  @Test
  void questionsAreMarkedUsedInTheOrderOfTheirIdsWhateverThePapersOrder() {
    List<Long> used = new ArrayList<>();
    Attempt attempt =
        Attempt.begin(
            enrolment,
            11,
            Exams.NOW,
            Exams.ZONE,
            bank,
            id -> {
              used.add(id);
              return bank.use(id);
            });
    assertEquals(List.of(1L, 2L, 3L, 4L, 5L), used, "one lock order for every candidate");
    assertNotEquals(
        used,
        attempt.getItems().stream().map(i -> i.getQuestion().getQuestion().getId()).toList(),
        "the paper itself is shuffled");
  }

  @Test
  void theDeadlineIsTheWindowsEndWhenThatComesFirst() {
    Instant lateStart = Instant.parse("2026-03-31T15:50:00Z"); // 23:50 on the last day
    Attempt attempt = bank.begin(enrolment, 7, lateStart);
    assertEquals(Instant.parse("2026-03-31T16:00:00Z"), attempt.getDeadline());
  }

  @Test
  void optionsAreShuffledPerAttemptAndAnswersAreKeptInTheVersionsTerms() {
    Set<List<Integer>> orders = new HashSet<>();
    for (long seed = 0; seed < 20; seed++) {
      Enrolment someone = Exams.enrol(campaign, 100 + seed);
      orders.add(item(bank.begin(someone, seed, Exams.NOW), multiple).order());
    }
    assertNotEquals(1, orders.size(), "option order differs between attempts");

    Attempt attempt = begin();
    AttemptItem item = item(attempt, multiple);
    attempt.answer(item, Answer.choice(shown(item, 0), shown(item, 2)), Exams.NOW);
    assertEquals(Set.of(0, 2), item.savedAnswer().chosen());
    assertEquals(Set.of(shown(item, 0), shown(item, 2)), item.shownChoices());
    assertEquals("Option A", item.shownOptions().get(shown(item, 0)).getText());
  }

  @Test
  void everyTypeIsGradedAndAShortAnswerWaitsForARegulator() {
    Attempt attempt = begin();
    AttemptItem s = item(attempt, single);
    AttemptItem m = item(attempt, multiple);
    attempt.answer(s, Answer.choice(shown(s, 0)), Exams.NOW);
    attempt.answer(m, Answer.choice(shown(m, 0)), Exams.NOW);
    attempt.answer(item(attempt, truth), Answer.truth(true), Exams.NOW);
    attempt.answer(item(attempt, blank), Answer.text(" ＧＢ 5296.3 "), Exams.NOW);
    attempt.answer(item(attempt, essay), Answer.text("Release needs the QSO."), Exams.NOW);

    attempt.submit(Exams.NOW.plusSeconds(60), AttemptClosing.SUBMITTED);
    assertEquals(AttemptStatus.AWAITING_GRADING, attempt.getStatus());
    assertNull(attempt.getScore());
    assertEquals(Grade.CORRECT, s.getGrade());
    assertEquals(Grade.INCORRECT, m.getGrade(), "one of two correct options is not enough");
    assertEquals(Grade.CORRECT, item(attempt, blank).getGrade());
    assertEquals(EnrolmentResult.PENDING, enrolment.getResult());

    BusinessException tooMany =
        assertThrows(
            BusinessException.class,
            () -> attempt.gradeByHand(item(attempt, essay), 11, Exams.NOW));
    assertEquals("error.grading.points", tooMany.getMessageKey());
    attempt.gradeByHand(item(attempt, essay), 6, Exams.NOW.plusSeconds(3600));
    assertEquals(AttemptStatus.GRADED, attempt.getStatus());
    assertEquals(36, attempt.getScore());
    assertTrue(attempt.isPassed());
    assertEquals(EnrolmentResult.PASSED, enrolment.getResult());
    assertEquals(36, enrolment.getBestScore());
    assertKey(
        "error.grading.notPending", () -> attempt.gradeByHand(item(attempt, essay), 1, Exams.NOW));
    AssessmentFiling filing = enrolment.getFiling().orElseThrow();
    assertEquals(36, filing.getScore());
    assertEquals(50, filing.getMaxScore());
    assertTrue(filing.isPassed());
    assertEquals(
        Exams.NOW.plusSeconds(3600), filing.getFiledAt(), "filed when the grade made it final");
    assertFalse(filing.isCertifiable(), "not before a regulator confirms it");
    filing.confirm("cityadmin", "City bureau", Exams.NOW.plusSeconds(7200));
    assertTrue(filing.isCertifiable());
    assertKey(
        "error.assessmentFiling.confirmed",
        () -> filing.confirm("cityadmin", "City bureau", Exams.NOW.plusSeconds(7300)));
  }

  @Test
  void anUnansweredShortAnswerScoresNothingWithoutWaiting() {
    Attempt attempt = begin();
    attempt.submit(Exams.NOW, AttemptClosing.SUBMITTED);
    assertEquals(AttemptStatus.GRADED, attempt.getStatus());
    assertEquals(0, attempt.getScore());
    assertEquals(EnrolmentResult.PENDING, enrolment.getResult(), "one attempt is left");
    assertTrue(enrolment.getFiling().isEmpty(), "nothing is filed before the result is final");
  }

  @Test
  void answersAfterTheDeadlineOrTheSubmissionAreRefusedAndTheSavedOneStays() {
    Attempt attempt = begin();
    AttemptItem s = item(attempt, single);
    attempt.answer(s, Answer.choice(shown(s, 0)), Exams.NOW);
    Instant late = attempt.getDeadline();
    assertKey("error.attempt.timeUp", () -> attempt.answer(s, Answer.choice(shown(s, 1)), late));
    assertEquals(Set.of(0), s.savedAnswer().chosen());
    assertTrue(attempt.isExpired(late));

    attempt.submit(late.plusSeconds(600), AttemptClosing.EXPIRED);
    assertEquals(late, attempt.getSubmittedAt(), "the clock submits at the deadline");
    assertEquals(AttemptClosing.EXPIRED, attempt.getClosing());
    assertKey(
        "error.attempt.submitted", () -> attempt.answer(s, Answer.choice(shown(s, 1)), Exams.NOW));
    assertKey("error.attempt.submitted", () -> attempt.submit(Exams.NOW, AttemptClosing.SUBMITTED));
    assertEquals(Set.of(0), s.savedAnswer().chosen());
    assertEquals(10, s.getAwarded());
    assertFalse(attempt.isExpired(late.plusSeconds(1)), "a closed attempt is not expired again");
  }

  @Test
  void tamperedAnswersAreRefusedAndChangeNothing() {
    Attempt attempt = begin();
    AttemptItem s = item(attempt, single);
    attempt.answer(s, Answer.choice(shown(s, 0)), Exams.NOW);
    assertKey("error.attempt.noSuchOption", () -> attempt.answer(s, Answer.choice(3), Exams.NOW));
    assertKey("error.attempt.noSuchOption", () -> attempt.answer(s, Answer.choice(-1), Exams.NOW));
    assertKey("error.attempt.oneChoice", () -> attempt.answer(s, Answer.choice(0, 1), Exams.NOW));
    AttemptItem other = item(bank.begin(Exams.enrol(campaign, 2), 9, Exams.NOW), single);
    assertKey(
        "error.attempt.noSuchQuestion", () -> attempt.answer(other, Answer.choice(0), Exams.NOW));
    String tooLong = "x".repeat(AttemptItem.TEXT_MAX + 1);
    AttemptItem e = item(attempt, essay);
    assertKey(
        "error.attempt.answerTooLong", () -> attempt.answer(e, Answer.text(tooLong), Exams.NOW));
    assertEquals(Set.of(0), s.savedAnswer().chosen());
    assertFalse(e.isAnswered());
  }

  @Test
  void theBestScoreCountsAndTheLastFailureFailsTheEnrolmentUntilAMakeUp() {
    Attempt first = begin();
    AttemptItem s = item(first, single);
    first.answer(s, Answer.choice(shown(s, 0)), Exams.NOW);
    first.answer(item(first, truth), Answer.truth(true), Exams.NOW);
    first.submit(Exams.NOW, AttemptClosing.SUBMITTED);
    assertEquals(20, enrolment.getBestScore());

    Attempt second = bank.begin(enrolment, 8, Exams.NOW.plusSeconds(3600));
    assertEquals(2, second.getNumber());
    second.answer(item(second, truth), Answer.truth(true), Exams.NOW.plusSeconds(3600));
    second.submit(Exams.NOW.plusSeconds(3660), AttemptClosing.SUBMITTED);
    assertEquals(10, second.getScore());
    assertEquals(20, enrolment.getBestScore(), "the best of the two counts");
    assertEquals(EnrolmentResult.FAILED, enrolment.getResult());
    AssessmentFiling failed = enrolment.getFiling().orElseThrow();
    assertFalse(failed.isPassed());
    assertEquals(2, failed.getAttempts());
    assertEquals(20, failed.getScore());
    failed.confirm("cityadmin", "City bureau", Exams.NOW.plusSeconds(3700));
    assertKey("error.attempt.noneLeft", this::begin);

    assertKey("error.field.required", () -> enrolment.grantMakeUp("  ", "cityadmin"));
    enrolment.grantMakeUp("Ill on the day", "cityadmin");
    assertEquals(EnrolmentResult.PENDING, enrolment.getResult());
    assertKey("error.makeUp.once", () -> enrolment.grantMakeUp("again", "cityadmin"));
    Attempt makeUp = bank.begin(enrolment, 9, Exams.NOW.plusSeconds(7200));
    assertEquals(3, makeUp.getNumber());
    AttemptItem again = item(makeUp, single);
    makeUp.answer(again, Answer.choice(shown(again, 0)), Exams.NOW.plusSeconds(7200));
    makeUp.answer(item(makeUp, truth), Answer.truth(true), Exams.NOW.plusSeconds(7200));
    makeUp.answer(item(makeUp, blank), Answer.text("GB 5296.3"), Exams.NOW.plusSeconds(7200));
    makeUp.submit(Exams.NOW.plusSeconds(7300), AttemptClosing.SUBMITTED);
    assertEquals(EnrolmentResult.PASSED, enrolment.getResult());
    assertEquals(30, enrolment.getBestScore());
    assertTrue(failed.isPassed(), "the make-up result is filed again");
    assertEquals(3, failed.getAttempts());
    assertFalse(failed.isConfirmed(), "and waits for a new confirmation");
    assertKey("error.attempt.alreadyPassed", this::begin);
    Enrolment fresh = Exams.enrol(campaign, 3);
    assertKey("error.makeUp.notFailed", () -> fresh.grantMakeUp("why", "cityadmin"));
  }

  @Test
  void aPracticeCountsForNothingAndLeavesTheAttemptsAllowed() {
    Attempt open = begin();
    Instant after = Instant.parse("2026-04-10T02:00:00Z"); // past the window, campaign still open
    Attempt practice = Attempt.practise(enrolment, 3, after, bank, bank::use);
    assertTrue(practice.isPractice());
    assertEquals(1, practice.getNumber());
    assertEquals(1, enrolment.getAttemptsUsed(), "only the real attempt is used");
    assertEquals(after.plus(Duration.ofMinutes(30)), practice.getDeadline());
    AttemptItem s = item(practice, single);
    practice.answer(s, Answer.choice(shown(s, 0)), after);
    practice.answer(item(practice, essay), Answer.text("A thoughtful answer"), after);
    practice.submit(after.plusSeconds(60), AttemptClosing.SUBMITTED);
    assertEquals(AttemptStatus.GRADED, practice.getStatus(), "no regulator grades a practice");
    assertEquals(10, practice.getScore());
    assertEquals(Grade.INCORRECT, item(practice, essay).getGrade());
    assertNull(enrolment.getBestScore(), "a practice score counts for nothing");
    assertTrue(enrolment.getFiling().isEmpty());
    assertTrue(open.isOpen(), "the real attempt stays open beside it");
    assertEquals(2, Attempt.practise(enrolment, 4, after, bank, bank::use).getNumber());
  }

  @Test
  void noStartOutsideTheWindow() {
    assertKey(
        "error.attempt.outsideWindow",
        () -> bank.begin(enrolment, 1, Instant.parse("2026-04-01T01:00:00Z")));
    assertKey(
        "error.attempt.outsideWindow",
        () -> bank.begin(enrolment, 1, Instant.parse("2026-02-28T15:59:00Z")));
    assertEquals(0, enrolment.getAttemptsUsed(), "a refused start uses no attempt");
  }

  @Test
  void aSecondBrowserSessionWithinTheWindowIsNoticed() {
    Attempt attempt = begin();
    AttemptClient home = new AttemptClient("10.0.0.1", "Firefox", "a");
    AttemptClient office = new AttemptClient("10.0.0.2", "Chromium", "b");
    assertFalse(attempt.noteSession(home, Exams.NOW));
    assertFalse(attempt.noteSession(home, Exams.NOW.plusSeconds(30)));
    assertTrue(attempt.noteSession(office, Exams.NOW.plusSeconds(60)));
    assertFalse(
        attempt.noteSession(home, Exams.NOW.plusSeconds(60).plus(Attempt.CONCURRENCY_WINDOW)));
  }

  private static void assertKey(String key, Executable action) {
    assertEquals(key, assertThrows(BusinessException.class, action::execute).getMessageKey());
  }
}
