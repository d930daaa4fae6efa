package org.cosqual.training.domain.model.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.cosqual.personnel.domain.model.appointment.KeyPosition;
import org.cosqual.personnel.domain.model.person.Person;
import org.cosqual.personnel.domain.shared.BusinessException;
import org.cosqual.personnel.testing.TestEntities;
import org.cosqual.training.domain.model.course.Audience;
import org.cosqual.training.domain.model.course.Course;
import org.cosqual.training.domain.model.course.Courses;
import org.cosqual.training.domain.model.course.Delivery;
import org.cosqual.training.domain.model.question.Answer;
import org.cosqual.training.domain.model.question.QuestionType;
import org.cosqual.training.domain.model.question.Questions;
import org.junit.jupiter.api.Test;

class CourseQuizTest {

  private final Exams bank = new Exams();
  private final Course course = Courses.quizCourse();

  private static PaperRule threeSingles() {
    return PaperRule.draw(List.of(new Quota("GMP", 2, QuestionType.SINGLE_CHOICE, 3, 10)));
  }

  private Campaign quiz(PaperRule rule, int passMark, int attempts) {
    Campaign quiz =
        Campaign.defineQuiz(
            course, Exams.terms(passMark, attempts), rule, "/1/", "provadmin", Exams.NOW);
    TestEntities.withId(quiz, 2);
    quiz.open("provadmin", Exams.NOW, LocalDate.of(2026, 3, 1));
    return quiz;
  }

  private static Enrolment learner(Campaign quiz, long personId) {
    Person person = TestEntities.withId(new Person("Li " + personId, null, null), personId);
    return TestEntities.withId(Enrolment.atFirstStart(quiz, person, "/1/2/", Exams.NOW), personId);
  }

  @Test
  void onlyAnOnlineCourseThatAsksForAQuizTakesOne() {
    Course noQuiz = Courses.provinceCourse(Delivery.ONLINE, Audience.BOTH);
    BusinessException refusal =
        assertThrows(
            BusinessException.class,
            () ->
                Campaign.defineQuiz(
                    noQuiz, Exams.terms(20, 1), threeSingles(), "/1/", "p", Exams.NOW));
    assertEquals("error.quiz.courseAsksNone", refusal.getMessageKey());
  }

  @Test
  void aQuizIsForNoPositionAndDrawsFromEveryActiveQuestionOfItsCells() {
    bank.add(QuestionType.SINGLE_CHOICE, 2, Exams.single("for officers"));
    bank.add(
        QuestionType.SINGLE_CHOICE,
        2,
        Set.of(KeyPosition.QUALITY_MANAGER),
        Exams.single("for managers"));
    PaperRule rule = threeSingles();
    BusinessException shortBank =
        assertThrows(BusinessException.class, () -> rule.checkForAnyPosition(bank));
    assertEquals("error.paper.quotaShortAny", shortBank.getMessageKey());
    assertEquals(List.of(1, 3, 2), List.of(shortBank.getArguments()));

    bank.add(
        QuestionType.SINGLE_CHOICE,
        2,
        Set.of(KeyPosition.QUALITY_MANAGER),
        Exams.single("for managers too"));
    rule.checkForAnyPosition(bank);
    assertEquals(3, rule.makePaper(bank, null, new Random(1)).size());

    Campaign quiz = quiz(rule, 20, 1);
    assertTrue(quiz.isCourseQuiz());
    assertTrue(quiz.getPositions().isEmpty(), "the terms' positions are left aside");
    assertFalse(quiz.appliesTo(Exams.QSO), "no appointment enrols anyone in a quiz");
    assertEquals(course, quiz.getCourse());
  }

  @Test
  void aPassedQuizIsPassedAndFilesNothing() {
    bank.addSingles(3, 2);
    Campaign quiz = quiz(threeSingles(), 20, 2);
    Enrolment enrolment = learner(quiz, 5);
    assertEquals("/1/2/", enrolment.getJurisdictionPath());
    Attempt first = bank.begin(enrolment, 3, Exams.NOW);
    first.getItems().forEach(i -> first.answer(i, Answer.choice(i.order().indexOf(0)), Exams.NOW));
    first.submit(Exams.NOW.plusSeconds(60), AttemptClosing.SUBMITTED);
    assertTrue(first.isGraded());
    assertEquals(EnrolmentResult.PASSED, enrolment.getResult());
    assertTrue(enrolment.getFiling().isEmpty(), "a quiz is no assessment filing");
  }

  @Test
  void aQuizFailedToTheLastAttemptIsFailedAndFilesNothing() {
    bank.addSingles(3, 2);
    Enrolment enrolment = learner(quiz(threeSingles(), 20, 1), 6);
    bank.begin(enrolment, 3, Exams.NOW).submit(Exams.NOW, AttemptClosing.SUBMITTED);
    assertEquals(EnrolmentResult.FAILED, enrolment.getResult());
    assertTrue(enrolment.getFiling().isEmpty());
  }

  @Test
  void anAnnualAssessmentEnrolsNoQuizLearner() {
    Campaign annual = Exams.openCampaign(threeSingles(), 20, 1);
    Person person = new Person("Zhao", null, null);
    assertThrows(
        IllegalArgumentException.class,
        () -> Enrolment.atFirstStart(annual, person, "/1/", Questions.AT));
  }
}
