package org.cosqual.training.domain.model.question;

import static org.cosqual.training.domain.model.question.Questions.AT;
import static org.cosqual.training.domain.model.question.Questions.GMP;
import static org.cosqual.training.domain.model.question.Questions.blank;
import static org.cosqual.training.domain.model.question.Questions.choices;
import static org.cosqual.training.domain.model.question.Questions.create;
import static org.cosqual.training.domain.model.question.Questions.draft;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.cosqual.personnel.domain.model.appointment.KeyPosition;
import org.cosqual.personnel.domain.shared.BusinessException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class QuestionTest {

  @Test
  void aSingleChoiceHasExactlyOneCorrectOption() {
    assertEquals(
        "error.question.singleCorrect",
        refusal(() -> create(QuestionType.SINGLE_CHOICE, choices("Stem", false, false))));
    assertEquals(
        "error.question.singleCorrect",
        refusal(() -> create(QuestionType.SINGLE_CHOICE, choices("Stem", true, true))));
    assertEquals(
        "error.question.optionCount",
        refusal(() -> create(QuestionType.SINGLE_CHOICE, choices("Stem", true))));
    assertEquals(
        "error.question.optionCount",
        refusal(
            () ->
                create(
                    QuestionType.SINGLE_CHOICE,
                    choices("Stem", true, false, false, false, false, false, false))));
    Question question = create(QuestionType.SINGLE_CHOICE, choices(" Stem ", false, true, false));
    assertEquals("Stem", question.current().getStem());
    assertEquals(1, question.getCurrentNumber());
    assertEquals("provadmin", question.current().getCreatedBy());
  }

  @Test
  void aMultipleChoiceHasAtLeastTwoCorrectOptions() {
    assertEquals(
        "error.question.multipleCorrect",
        refusal(() -> create(QuestionType.MULTIPLE_CHOICE, choices("Stem", true, false, false))));
    create(QuestionType.MULTIPLE_CHOICE, choices("Stem", true, false, true));
  }

  @Test
  void blankOptionsAreLeftOutUnlessMarkedCorrectAndOptionsDiffer() {
    List<QuestionOption> options =
        List.of(
            new QuestionOption("Yes", true),
            new QuestionOption(" ", false),
            new QuestionOption("No", false));
    Question question =
        create(QuestionType.SINGLE_CHOICE, new QuestionContent("Stem", options, null, null, null));
    assertEquals(2, question.current().getOptions().size());
    List<QuestionOption> blankCorrect =
        List.of(new QuestionOption("Yes", false), new QuestionOption("", true));
    assertEquals(
        "error.question.blankOptionCorrect",
        refusal(
            () ->
                create(
                    QuestionType.SINGLE_CHOICE,
                    new QuestionContent("Stem", blankCorrect, null, null, null))));
    List<QuestionOption> twice =
        List.of(new QuestionOption("ＧＭＰ", true), new QuestionOption("gmp", false));
    assertEquals(
        "error.question.duplicateOption",
        refusal(
            () ->
                create(
                    QuestionType.SINGLE_CHOICE,
                    new QuestionContent("Stem", twice, null, null, null))));
  }

  @Test
  void trueFalseFillInAndStemRules() {
    assertEquals(
        "error.question.truthRequired",
        refusal(
            () ->
                create(
                    QuestionType.TRUE_FALSE,
                    new QuestionContent("Stem", List.of(), null, List.of(), null))));
    assertEquals(
        "error.question.acceptedRequired",
        refusal(() -> create(QuestionType.FILL_IN, blank("Stem", " ", ""))));
    assertEquals(
        "error.field.required", refusal(() -> create(QuestionType.SHORT_ANSWER, blank(" "))));
    assertEquals(
        "error.field.tooLong",
        refusal(() -> create(QuestionType.SHORT_ANSWER, blank("x".repeat(2001)))));
    Question shortAnswer = create(QuestionType.SHORT_ANSWER, blank("Explain", "ignored"));
    assertTrue(shortAnswer.current().getAccepted().isEmpty());
  }

  @Test
  void difficultyAndPositionsAreRequired() {
    QuestionContent content = choices("Stem", true, false);
    QuestionDraft tooHard =
        new QuestionDraft(QuestionType.SINGLE_CHOICE, "GMP", 6, true, Set.of(), content);
    assertEquals(
        "error.question.difficulty", refusal(() -> Question.create(tooHard, GMP, "a", AT)));
    QuestionDraft nobody =
        new QuestionDraft(QuestionType.SINGLE_CHOICE, "GMP", 1, false, Set.of(), content);
    assertEquals(
        "error.question.positionsRequired", refusal(() -> Question.create(nobody, GMP, "a", AT)));
    Question everyone =
        Question.create(
            new QuestionDraft(QuestionType.SINGLE_CHOICE, "GMP", 1, true, Set.of(), content),
            GMP,
            "a",
            AT);
    assertTrue(everyone.appliesTo(KeyPosition.LAB_MANAGER));
    Question officers = create(QuestionType.SINGLE_CHOICE, content);
    assertTrue(officers.appliesTo(KeyPosition.QUALITY_SAFETY_OFFICER));
    assertFalse(officers.appliesTo(KeyPosition.LAB_MANAGER));
  }

  @Test
  void choicesAreCorrectOnlyWithExactlyTheCorrectSet() {
    QuestionVersion multiple =
        create(QuestionType.MULTIPLE_CHOICE, choices("Stem", true, false, true, false)).current();
    assertEquals(Grade.CORRECT, multiple.grade(Answer.choice(0, 2)));
    assertEquals(Grade.INCORRECT, multiple.grade(Answer.choice(0)));
    assertEquals(Grade.INCORRECT, multiple.grade(Answer.choice(0, 1, 2)));
    assertEquals(Grade.INCORRECT, multiple.grade(Answer.choice()));
    QuestionVersion single =
        create(QuestionType.SINGLE_CHOICE, choices("Stem", false, true)).current();
    assertEquals(Grade.CORRECT, single.grade(Answer.choice(1)));
    assertEquals(Grade.INCORRECT, single.grade(Answer.choice(0)));
  }

  @Test
  void trueFalseAndShortAnswersAreGradedAsTheirTypeSays() {
    QuestionVersion truth =
        create(
                QuestionType.TRUE_FALSE,
                new QuestionContent("Stem", List.of(), false, List.of(), null))
            .current();
    assertEquals(Grade.CORRECT, truth.grade(Answer.truth(false)));
    assertEquals(Grade.INCORRECT, truth.grade(Answer.truth(true)));
    assertEquals(Grade.INCORRECT, truth.grade(Answer.text("anything")));
    QuestionVersion essay = create(QuestionType.SHORT_ANSWER, blank("Explain")).current();
    assertEquals(Grade.NEEDS_MANUAL_GRADING, essay.grade(Answer.text("Because")));
  }

  @Test
  void aBlankAcceptsItsAlternativesWhateverTheWidthCaseAndSpacing() {
    QuestionVersion blank =
        create(QuestionType.FILL_IN, blank("Keep records for _ years", "2", "two", "GMP code"))
            .current();
    assertEquals(Grade.CORRECT, blank.grade(Answer.text(" 2 ")));
    assertEquals(Grade.CORRECT, blank.grade(Answer.text("２")));
    assertEquals(Grade.CORRECT, blank.grade(Answer.text("ＴＷＯ")));
    assertEquals(Grade.CORRECT, blank.grade(Answer.text("ｇｍｐ\u3000\u3000code")));
    assertEquals(Grade.INCORRECT, blank.grade(Answer.text("3")));
    assertEquals(Grade.INCORRECT, blank.grade(Answer.text("  ")));
    assertEquals(Grade.INCORRECT, blank.grade(Answer.text(null)));
  }

  @Test
  void anUnusedVersionIsRevisedInPlaceAndAUsedOneGetsASuccessor() {
    Question question = create(QuestionType.SINGLE_CHOICE, choices("First", true, false));
    assertFalse(
        question.revise(
            draft(QuestionType.SINGLE_CHOICE, choices("Second", false, true)), GMP, "b", AT));
    assertEquals(1, question.getVersions().size());
    assertEquals("Second", question.getCurrentStem());
    assertEquals("b", question.current().getCreatedBy());

    QuestionVersion seen = question.markUsed();
    assertTrue(
        question.revise(
            draft(QuestionType.SINGLE_CHOICE, choices("Third", true, false)), GMP, "c", AT));
    assertEquals(2, question.getCurrentNumber());
    assertEquals("Third", question.current().getStem());
    assertEquals("Second", seen.getStem(), "what the candidate saw stays");
    assertEquals(Grade.CORRECT, seen.grade(Answer.choice(1)));
    assertEquals(Grade.CORRECT, question.current().grade(Answer.choice(0)));
    assertFalse(question.current().isUsed());
  }

  @Test
  void theTypeStaysAndRetiringTogglesOnce() {
    Question question = create(QuestionType.SINGLE_CHOICE, choices("Stem", true, false));
    assertEquals(
        "error.question.typeFixed",
        refusal(
            () ->
                question.revise(
                    draft(QuestionType.MULTIPLE_CHOICE, choices("Stem", true, true)),
                    GMP,
                    "b",
                    AT)));
    question.retire();
    assertFalse(question.isActive());
    assertEquals("error.question.retired", refusal(question::retire));
    question.reinstate();
    assertEquals("error.question.active", refusal(question::reinstate));
  }

  private static String refusal(Executable action) {
    return assertThrows(BusinessException.class, action).getMessageKey();
  }
}
