package org.cosqual.portal.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.cosqual.training.domain.model.question.Answer;
import org.cosqual.training.domain.model.question.QuestionType;
import org.junit.jupiter.api.Test;

/**
 * What the exam form hands the service: choices in the positions shown, true or false, or text; an
 * emptied field clears the answer; the "saved" mark and the answered count follow the save.
 */
class ExamQuestionTest {

  private static ExamQuestion question(QuestionType type) {
    return new ExamQuestion(7, 1, type, "Stem", List.of("first", "second", "third"), 10);
  }

  @Test
  void choicesGoToTheServiceInTheShownPositions() {
    ExamQuestion single = question(QuestionType.SINGLE_CHOICE);
    assertEquals(Answer.choice(), single.answer(), "nothing chosen yet");
    single.setSingle(2);
    assertEquals(Answer.choice(2), single.answer());
    assertTrue(single.chosen(2));
    assertEquals("C", single.getChosenLetters());

    ExamQuestion multiple = question(QuestionType.MULTIPLE_CHOICE);
    multiple.setMultiple(new Integer[] {2, 0});
    assertEquals(Set.of(0, 2), multiple.answer().chosen());
    assertEquals("A, C", multiple.getChosenLetters());
    assertEquals("B. second", multiple.getChoices().get(1).getLabel());
    assertEquals(1, multiple.getChoices().get(1).getValue());
  }

  @Test
  void truthAndTextGoAsTheyAre() {
    ExamQuestion truth = question(QuestionType.TRUE_FALSE);
    assertNull(truth.answer().truth());
    truth.setTruth(false);
    assertEquals(Answer.truth(false), truth.answer());

    ExamQuestion blank = question(QuestionType.FILL_IN);
    blank.setText("20日");
    assertEquals(Answer.text("20日"), blank.answer());
    assertTrue(blank.isTyped());
  }

  @Test
  void aSaveMarksTheTimeAndWhetherTheQuestionIsAnsweredARefusalKeepsTheMark() {
    ExamQuestion blank = question(QuestionType.SHORT_ANSWER);
    blank.setText("Release needs the officer.");
    blank.saved("10:15:02");
    assertTrue(blank.isAnswered());
    assertEquals("10:15:02", blank.getSavedAt());

    blank.refused("Time is up");
    assertEquals("Time is up", blank.getRefusal());
    assertEquals("10:15:02", blank.getSavedAt(), "the last save still stands");

    blank.setText("   ");
    blank.saved("10:15:09");
    assertFalse(blank.isAnswered(), "an emptied field clears the answer");
    assertNull(blank.getRefusal());
  }

  @Test
  void remainingTimeIsRoundedUpAndNeverNegative() {
    Instant deadline = Instant.parse("2026-03-02T02:30:00Z");
    assertEquals(1800, ExamBacking.remainingSeconds(deadline, deadline.minusSeconds(1800)));
    assertEquals(1, ExamBacking.remainingSeconds(deadline, deadline.minusMillis(200)));
    assertEquals(0, ExamBacking.remainingSeconds(deadline, deadline));
    assertEquals(0, ExamBacking.remainingSeconds(deadline, deadline.plusSeconds(5)));
  }

  @Test
  void theSessionIsKnownByADigestNeverByItsId() {
    String key = AttemptClients.sessionKey("A1B2C3D4E5");
    assertEquals(64, key.length());
    assertFalse(key.contains("A1B2C3D4E5"));
    assertEquals(key, AttemptClients.sessionKey("A1B2C3D4E5"));
  }
}
