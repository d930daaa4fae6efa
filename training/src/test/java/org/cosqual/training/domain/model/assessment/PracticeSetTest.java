package org.cosqual.training.domain.model.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.cosqual.personnel.domain.model.person.Person;
import org.cosqual.personnel.domain.shared.BusinessException;
import org.cosqual.personnel.testing.TestEntities;
import org.cosqual.training.domain.model.question.Answer;
import org.cosqual.training.domain.model.question.QuestionType;
import org.junit.jupiter.api.Test;

class PracticeSetTest {

  private final Exams bank = new Exams();

  private Enrolment learner() {
    bank.addSingles(2, 1);
    Campaign set =
        Campaign.definePractice(
            Exams.terms(10, 1),
            PaperRule.draw(List.of(new Quota("GMP", 1, QuestionType.SINGLE_CHOICE, 2, 10))),
            "/1/",
            "provadmin",
            Exams.NOW);
    TestEntities.withId(set, 3);
    set.open("provadmin", Exams.NOW, LocalDate.of(2026, 3, 1));
    Person person = TestEntities.withId(new Person("Sun", null, null), 9L);
    return TestEntities.withId(Enrolment.atFirstStart(set, person, "/1/4/", Exams.NOW), 9L);
  }

  @Test
  void aPracticeSetIsForNoPositionAndTakesOnlyPracticeAttempts() {
    Enrolment enrolment = learner();
    assertTrue(enrolment.getCampaign().isPracticeSet());
    assertTrue(enrolment.getCampaign().getPositions().isEmpty());
    BusinessException refusal =
        assertThrows(BusinessException.class, () -> bank.begin(enrolment, 1, Exams.NOW));
    assertEquals("error.attempt.practiceOnly", refusal.getMessageKey());
    assertEquals(0, enrolment.getAttemptsUsed());
  }

  @Test
  void practiceAttemptsAreUnlimitedGradedAtOnceAndCountForNothing() {
    Enrolment enrolment = learner();
    for (int round = 1; round <= 3; round++) {
      Attempt practice = Attempt.practise(enrolment, round, Exams.NOW, bank, bank::use);
      assertEquals(round, practice.getNumber());
      practice
          .getItems()
          .forEach(i -> practice.answer(i, Answer.choice(i.order().indexOf(0)), Exams.NOW));
      practice.submit(Exams.NOW.plusSeconds(60), AttemptClosing.SUBMITTED);
      assertEquals(20, practice.getScore());
    }
    assertNull(enrolment.getBestScore(), "a practice score counts for nothing");
    assertEquals(EnrolmentResult.PENDING, enrolment.getResult());
    assertTrue(enrolment.getFiling().isEmpty());
  }
}
